package vn.ttcs.learn.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.shared.TraineeRecordChanged;
import vn.ttcs.learn.web.FieldError;
import vn.ttcs.learn.web.ProblemException;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users and what each actor may do with them. An administrator manages everyone; a unit manager manages the
 * trainees of its own unit and sees nothing of other units (a user outside its reach is "not found").
 */
@Singleton
public class UserDirectory {

    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final UnitRepository units;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    UserDirectory(AppUserRepository users, UserRoleRepository roles, UnitRepository units, PasswordHasher passwords,
                  SessionService sessions, ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.changes = changes;
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    public List<Role> rolesOf(long userId) {
        return roles.findByUserId(userId).stream().map(UserRole::role).sorted().toList();
    }

    MeView me(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User " + userId));
        Unit unit = unit(user.unitCode());
        return new MeView(user.id(), user.username(), user.fullName(), user.email(), user.jobTitle(),
                new MeView.UnitRef(unit.code(), new LocalizedText(unit.nameVi(), unit.nameEn()), unit.kind()),
                rolesOf(user.id()), user.mustChangePassword());
    }

    UserPage search(CurrentUser actor, @Nullable String unitCode, @Nullable Role role, @Nullable String q,
                    @Nullable Boolean enabled, int page, int size) {
        String scopedUnit = actor.isAdmin() ? blankToNull(unitCode) : actor.unitCode();
        String pattern = q == null || q.isBlank() ? null : "%" + escapeLike(q.trim()) + "%";
        var result = users.search(scopedUnit, enabled, pattern, role == null ? null : role.name(),
                Pageable.from(page, size));
        Map<Long, List<Role>> rolesByUser = rolesOf(result.getContent().stream().map(AppUser::id).toList());
        List<UserView> items = result.getContent().stream()
                .map(u -> UserView.of(u, rolesByUser.getOrDefault(u.id(), List.of()))).toList();
        return new UserPage(items, page, size, result.getTotalSize());
    }

    UserView get(CurrentUser actor, long id) {
        AppUser user = visibleTo(actor, id);
        return UserView.of(user, rolesOf(id));
    }

    @Transactional
    UserCreated create(CurrentUser actor, UserSaveCommand command) {
        String username = Usernames.normalise(command.username());
        checkAssignable(actor, command.unitCode(), command.roles());
        requireFree(username, command.email().trim(), null);
        String temporary = passwords.newTemporaryPassword();
        Instant now = Instant.now();
        AppUser user = users.save(new AppUser(null, username, command.fullName().strip(), command.email().trim(),
                blankToNull(command.jobTitle()), command.unitCode(), passwords.hashTemporary(temporary), true, true,
                now, now, 0L));
        command.roles().forEach(r -> roles.save(new UserRole(null, user.id(), r)));
        changes.publishEvent(new TraineeRecordChanged(user.id()));
        return new UserCreated(UserView.of(user, rolesOf(user.id())), temporary);
    }

    @Transactional
    UserView update(CurrentUser actor, long id, UserUpdateCommand command) {
        AppUser current = visibleTo(actor, id);
        checkAssignable(actor, command.unitCode(), command.roles());
        if (actor.id() == id && (!command.enabled() || !command.roles().equals(Set.copyOf(rolesOf(id))))) {
            throw ProblemException.badRequest("roles", "you cannot change your own roles or disable yourself; "
                    + "ask another administrator");
        }
        requireFree(current.username(), command.email().trim(), id);
        AppUser changed = current.withProfile(command.fullName().strip(), command.email().trim(),
                blankToNull(command.jobTitle()), command.unitCode(), command.enabled());
        AppUser saved;
        try {
            saved = users.update(changed.withVersion(command.version()));
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("User '" + current.username() + "' was changed by someone else since you "
                    + "opened it (your version " + command.version() + ", now " + current.version()
                    + "). Reload and apply your change again.");
        }
        List<Role> before = rolesOf(id);
        boolean rolesChanged = !Set.copyOf(before).equals(command.roles());
        if (rolesChanged) {
            roles.deleteByUserId(id);
            command.roles().forEach(r -> roles.save(new UserRole(null, id, r)));
        }
        if (rolesChanged || !current.unitCode().equals(command.unitCode()) || !command.enabled()) {
            sessions.closeAllOf(id, "");
        }
        changes.publishEvent(new TraineeRecordChanged(id));
        return UserView.of(saved, rolesOf(id));
    }

    @Transactional
    TemporaryPassword resetPassword(CurrentUser actor, long id) {
        AppUser user = visibleTo(actor, id);
        String temporary = passwords.newTemporaryPassword();
        users.update(user.withPassword(passwords.hashTemporary(temporary), true));
        sessions.closeAllOf(id, "");
        return new TemporaryPassword(temporary);
    }

    @Transactional
    void changeOwnPassword(CurrentUser actor, PasswordChangeCommand command) {
        AppUser user = users.findById(actor.id()).orElseThrow(() -> ProblemException.notFound("User " + actor.id()));
        if (!passwords.matches(command.currentPassword(), user.passwordHash())) {
            throw ProblemException.badRequest("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", command.newPassword(), user.username());
        if (command.newPassword().equals(command.currentPassword())) {
            throw ProblemException.badRequest("newPassword", "must differ from the current password");
        }
        users.update(user.withPassword(passwords.hash(command.newPassword()), false));
        sessions.closeAllOf(user.id(), actor.sessionId());
    }

    /** The user, if the actor may see them; otherwise "not found", so that other units' users cannot be probed. */
    AppUser visibleTo(CurrentUser actor, long id) {
        AppUser user = users.findById(id).orElseThrow(() -> ProblemException.notFound("User " + id));
        if (actor.isAdmin()) {
            return user;
        }
        boolean managesIt = actor.has(Role.UNIT_MANAGER) && inUnitOf(actor, user)
                && Set.of(Role.TRAINEE).containsAll(rolesOf(id));
        if (!managesIt) {
            throw ProblemException.notFound("User " + id);
        }
        return user;
    }

    /**
     * A trainee whose competency profile the actor may read: administrators and trainers any trainee (trainers grade
     * the work of every unit), a unit manager the trainees of its own unit (and of units merged into it). Anyone else, and any user who is not a
     * trainee, is "not found", so that other units' users cannot be probed.
     */
    public AppUser traineeSeenBy(CurrentUser actor, long id) {
        AppUser user = users.findById(id).filter(u -> rolesOf(u.id()).contains(Role.TRAINEE))
                .orElseThrow(() -> ProblemException.notFound("Trainee " + id));
        boolean sees = actor.isAdmin() || actor.has(Role.TRAINER)
                || actor.has(Role.UNIT_MANAGER) && inUnitOf(actor, user);
        if (!sees) {
            throw ProblemException.notFound("Trainee " + id);
        }
        return user;
    }

    /**
     * The user belongs to the actor's unit, or to a unit merged into it: the reports count those people under the
     * unit they were merged into, so its managers reach them too.
     */
    private boolean inUnitOf(CurrentUser actor, AppUser user) {
        return user.unitCode().equals(actor.unitCode()) || units.findById(user.unitCode())
                .map(Unit::mergedInto).filter(actor.unitCode()::equals).isPresent();
    }

    void checkAssignable(CurrentUser actor, String unitCode, Set<Role> wantedRoles) {
        Unit unit = units.findById(unitCode).orElseThrow(() ->
                ProblemException.badRequest("unitCode", "unit '" + unitCode + "' does not exist"));
        if (!unit.isActive()) {
            throw ProblemException.badRequest("unitCode", "unit '" + unitCode + "' was merged into '"
                    + unit.mergedInto() + "' and takes no new users");
        }
        if (actor.isAdmin()) {
            return;
        }
        if (!unitCode.equals(actor.unitCode())) {
            throw ProblemException.forbidden("A unit manager manages only the users of its own unit ("
                    + actor.unitCode() + ").");
        }
        if (!EnumSet.of(Role.TRAINEE).containsAll(wantedRoles)) {
            throw ProblemException.forbidden("A unit manager can only give the TRAINEE role; ask an administrator "
                    + "for other roles.");
        }
    }

    private void requireFree(String username, String email, @Nullable Long exceptId) {
        users.findByUsername(username).filter(u -> !u.id().equals(exceptId)).ifPresent(u -> {
            throw new ProblemException(HttpStatus.CONFLICT, "conflict", "The username '" + username
                    + "' is already taken.", List.of(FieldError.of("username", "is already taken")));
        });
        users.findByEmail(email).filter(u -> !u.id().equals(exceptId)).ifPresent(u -> {
            throw new ProblemException(HttpStatus.CONFLICT, "conflict", "The e-mail address '" + email
                    + "' already belongs to another user.", List.of(FieldError.of("email", "already belongs to another user")));
        });
    }

    private Map<Long, List<Role>> rolesOf(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return roles.findByUserIdIn(userIds).stream().collect(Collectors.groupingBy(UserRole::userId,
                Collectors.collectingAndThen(Collectors.mapping(UserRole::role, Collectors.toList()),
                        l -> l.stream().sorted(Comparator.naturalOrder()).toList())));
    }

    private Unit unit(String code) {
        return units.findById(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
