package vn.ttcs.learn.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.shared.TraineeRecordChanged;
import vn.ttcs.learn.web.FieldError;
import vn.ttcs.learn.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk import of trainees. The whole file is checked first; if any row is wrong nothing is written and every bad
 * row is reported with its number and reason. A good file is idempotent: importing it again changes nothing.
 * New trainees get a temporary password, returned once, that they must change at first sign-in.
 */
@Singleton
public class TraineeImport {

    static final int MAX_ROWS = 10_000;

    @Serdeable
    public record Credential(String username, String temporaryPassword) {
    }

    @Serdeable
    public record Result(int created, int updated, int unchanged, List<Credential> credentials) {
    }

    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final UnitRepository units;
    private final PasswordHasher passwords;
    private final Validator validator;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    TraineeImport(AppUserRepository users, UserRoleRepository roles, UnitRepository units, PasswordHasher passwords,
                  Validator validator, ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.changes = changes;
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.passwords = passwords;
        this.validator = validator;
    }

    @Transactional
    public Result run(CurrentUser actor, String filename, byte[] content) {
        TraineeFileReader.Parsed parsed = TraineeFileReader.read(filename, content);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        List<TraineeRow> rows = parsed.rows();
        if (rows.size() > MAX_ROWS) {
            errors.add(FieldError.atRow(1, "file", "has " + rows.size() + " rows; import at most " + MAX_ROWS
                    + " at a time"));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(FieldError.atRow(1, "file", "has a header row but no trainees"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        Map<String, AppUser> existingByUsername = index(users.findByUsernameIn(rows.stream().map(TraineeRow::username)
                .collect(Collectors.toSet())), AppUser::username);
        Map<String, AppUser> existingByEmail = index(users.findByEmailIn(rows.stream().map(TraineeRow::email)
                .collect(Collectors.toSet())), u -> u.email().toLowerCase());
        Map<String, Unit> unitsByCode = index(units.findAll(), Unit::code);
        Map<String, Integer> firstRowOfUsername = new HashMap<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        for (TraineeRow row : rows) {
            check(actor, row, existingByUsername, existingByEmail, unitsByCode, firstRowOfUsername, firstRowOfEmail,
                    errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(FieldError::row));
            throw rejected(errors);
        }
        return apply(rows, existingByUsername);
    }

    private void check(CurrentUser actor, TraineeRow row, Map<String, AppUser> existingByUsername,
                       Map<String, AppUser> existingByEmail, Map<String, Unit> unitsByCode,
                       Map<String, Integer> firstRowOfUsername, Map<String, Integer> firstRowOfEmail,
                       List<FieldError> errors) {
        for (ConstraintViolation<TraineeRow> violation : validator.validate(row)) {
            String field = violation.getPropertyPath().toString();
            errors.add(FieldError.atRow(row.row(), TraineeRow.columnOf(field), violation.getMessage()));
        }
        Unit unit = unitsByCode.get(row.unitCode());
        if (!row.unitCode().isBlank()) {
            if (unit == null) {
                errors.add(FieldError.atRow(row.row(), "unit_code", "unit '" + row.unitCode() + "' does not exist"));
            } else if (!unit.isActive()) {
                errors.add(FieldError.atRow(row.row(), "unit_code", "unit '" + row.unitCode() + "' was merged into '"
                        + unit.mergedInto() + "'; use the unit in force"));
            } else if (!actor.isAdmin() && !row.unitCode().equals(actor.unitCode())) {
                errors.add(FieldError.atRow(row.row(), "unit_code", "you can import trainees of your own unit ("
                        + actor.unitCode() + ") only"));
            }
        }
        Integer earlier = firstRowOfUsername.putIfAbsent(row.username(), row.row());
        if (earlier != null && !row.username().isBlank()) {
            errors.add(FieldError.atRow(row.row(), "username", "'" + row.username() + "' is already on row " + earlier));
        }
        String email = row.email().toLowerCase();
        Integer earlierEmail = firstRowOfEmail.putIfAbsent(email, row.row());
        if (earlierEmail != null && !email.isBlank()) {
            errors.add(FieldError.atRow(row.row(), "email", "'" + row.email() + "' is already on row " + earlierEmail));
        }
        AppUser sameEmail = existingByEmail.get(email);
        if (sameEmail != null && !sameEmail.username().equals(row.username())) {
            errors.add(FieldError.atRow(row.row(), "email", "'" + row.email() + "' belongs to another user ("
                    + sameEmail.username() + ")"));
        }
        AppUser existing = existingByUsername.get(row.username());
        if (existing != null && !actor.isAdmin()) {
            boolean onlyTrainee = Set.of(Role.TRAINEE).containsAll(
                    roles.findByUserId(existing.id()).stream().map(UserRole::role).toList());
            if (!existing.unitCode().equals(actor.unitCode()) || !onlyTrainee) {
                errors.add(FieldError.atRow(row.row(), "username", "'" + row.username()
                        + "' is taken by a user you do not manage"));
            }
        }
    }

    private Result apply(List<TraineeRow> rows, Map<String, AppUser> existingByUsername) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Credential> credentials = new ArrayList<>();
        Instant now = Instant.now();
        for (TraineeRow row : rows) {
            AppUser existing = existingByUsername.get(row.username());
            if (existing == null) {
                String temporary = passwords.newTemporaryPassword();
                AppUser user = users.save(new AppUser(null, row.username(), row.fullName(), row.email(), row.jobTitle(),
                        row.unitCode(), passwords.hashTemporary(temporary), true, true, now, now, 0L));
                roles.save(new UserRole(null, user.id(), Role.TRAINEE));
                changes.publishEvent(new TraineeRecordChanged(user.id()));
                credentials.add(new Credential(row.username(), temporary));
                created++;
            } else if (sameProfile(existing, row)) {
                unchanged++;
            } else {
                users.update(existing.withProfile(row.fullName(), row.email(), row.jobTitle(), row.unitCode(),
                        existing.enabled()));
                changes.publishEvent(new TraineeRecordChanged(existing.id()));
                updated++;
            }
        }
        return new Result(created, updated, unchanged, credentials);
    }

    private static boolean sameProfile(AppUser user, TraineeRow row) {
        return user.fullName().equals(row.fullName()) && user.email().equals(row.email())
                && Objects.equals(user.jobTitle(), row.jobTitle()) && user.unitCode().equals(row.unitCode());
    }

    private static ProblemException rejected(List<FieldError> errors) {
        long badRows = errors.stream().map(FieldError::row).distinct().count();
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "import-rejected",
                badRows + " row" + (badRows == 1 ? " has" : "s have") + " problems, so nothing was imported. "
                        + "Correct the rows listed and upload the file again. First: row " + errors.get(0).row() + ", "
                        + errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }

    private static <T> Map<String, T> index(Iterable<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
