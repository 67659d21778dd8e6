package vn.ttcs.learn.support;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.identity.PasswordHasher;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.identity.UserRole;
import vn.ttcs.learn.identity.UserRoleRepository;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.shared.TraineeRecordChanged;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named people and places for tests, made directly in the database. Usernames are unique per run, so the
 * same tests can share one MySQL database.
 */
@Singleton
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    public record Person(long id, String username, String password, String unitCode) {
    }

    @Serdeable
    public record Login(String username, String password) {
    }

    @Serdeable
    public record Token(String accessToken) {
    }

    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final UnitRepository units;
    private final PasswordHasher passwords;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    Fixtures(AppUserRepository users, UserRoleRepository roles, UnitRepository units, PasswordHasher passwords,
             ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.changes = changes;
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.passwords = passwords;
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** An active province, the "unit A" of the tests. */
    public Unit provinceA() {
        return activeOfKind(UnitKind.PROVINCE, 0);
    }

    /** Another active province, "unit B". */
    public Unit provinceB() {
        return activeOfKind(UnitKind.PROVINCE, 1);
    }

    public Unit mergedUnit() {
        return units.findAll().stream().filter(u -> !u.isActive()).findFirst().orElseThrow();
    }

    public Person trainee(Unit unit) {
        return person("trainee", unit, Set.of(Role.TRAINEE));
    }

    public Person trainer() {
        return person("trainer", provinceA(), Set.of(Role.TRAINER));
    }

    public Person unitManager(Unit unit) {
        return person("manager", unit, Set.of(Role.UNIT_MANAGER));
    }

    public Person reviewer() {
        Unit home = units.findBySupervisingTrue().orElseThrow();
        return person("reviewer", home, Set.of(Role.REVIEWER));
    }

    public Person admin() {
        Unit home = units.findBySupervisingTrue().orElseThrow();
        return person("admin", home, Set.of(Role.ADMIN));
    }

    /** Nguyễn Thị Ánh — a Vietnamese name with diacritics, as real users have. */
    public Person person(String prefix, Unit unit, Set<Role> roleSet) {
        return person(prefix, unit, roleSet, null);
    }

    /** A person with the given full name (null: "Nguyễn Thị Ánh " and the username). */
    public Person person(String prefix, Unit unit, Set<Role> roleSet, String fullName) {
        String username = unique(prefix);
        Instant now = Instant.now();
        String name = fullName == null ? "Nguyễn Thị Ánh " + username : fullName;
        AppUser user = users.save(new AppUser(null, username, name, username + "@example.gov.vn",
                "Chuyên viên", unit.code(), passwords.hash(PASSWORD), true, false, now, now, 0L));
        roleSet.forEach(r -> roles.save(new UserRole(null, user.id(), r)));
        changes.publishEvent(new TraineeRecordChanged(user.id()));
        return new Person(user.id(), username, PASSWORD, unit.code());
    }

    public String login(BlockingHttpClient client, Person person) {
        return login(client, person.username(), person.password());
    }

    public String login(BlockingHttpClient client, String username, String password) {
        return client.retrieve(HttpRequest.POST("/api/auth/login", new Login(username, password)), Token.class)
                .accessToken();
    }

    /** Disables the person as an administrator does, through the user administration API. */
    public void disableThroughTheApi(BlockingHttpClient client, Person person) {
        String admin = login(client, admin());
        Map<?, ?> user = client.retrieve(HttpRequest.GET("/api/users/" + person.id()).bearerAuth(admin), Map.class);
        client.exchange(HttpRequest.PUT("/api/users/" + person.id(), json(
                "fullName", user.get("fullName"), "email", user.get("email"), "jobTitle", user.get("jobTitle"),
                "unitCode", user.get("unitCode"), "roles", user.get("roles"), "enabled", false,
                "version", user.get("version"))).bearerAuth(admin), Map.class);
    }

    public static <T> MutableHttpRequest<T> as(String token, MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }

    public static Map<String, Object> json(Object... keyValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private Unit activeOfKind(UnitKind kind, int index) {
        List<Unit> found = units.listOrderByKindAscAndCodeAsc().stream()
                .filter(u -> u.kind() == kind && u.isActive()).toList();
        return found.get(index);
    }
}
