package vn.ttcs.learn.learning;

import vn.ttcs.learn.web.DeadlockRetry;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.identity.UserDirectory;
import vn.ttcs.learn.shared.TraineeRecordChanged;
import vn.ttcs.learn.web.ProblemException;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * Enrolling, and who may see an enrolment.
 * <ul>
 *   <li>A trainee enrols themselves in any published course; enrolling again answers the same enrolment.
 *       Prerequisites are shown on the course page but do not block enrolment: a unit may have good reasons to send
 *       someone straight to a later course.</li>
 *   <li>A unit manager assigns a course to a trainee of its own unit, an administrator to any trainee, with an
 *       optional due date. Assigning a course the trainee already has keeps their version and progress and sets the
 *       assigner and due date.</li>
 *   <li>An enrolment is pinned to the version current when it was made.</li>
 *   <li>An enrolment outside the caller's reach is "not found", never "forbidden", so ids cannot be probed.</li>
 * </ul>
 */
@Singleton
class Enrolments {

    record Outcome(Enrolment enrolment, boolean created) {
    }

    private final EnrolmentRepository enrolments;
    private final CourseCatalog catalog;
    private final AppUserRepository users;
    private final UserDirectory directory;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    Enrolments(EnrolmentRepository enrolments, CourseCatalog catalog, AppUserRepository users,
               UserDirectory directory, TransactionOperations<Connection> transactions,
               ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.transactions = transactions;
        this.changes = changes;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.users = users;
        this.directory = directory;
    }

    Outcome enrolSelf(CurrentUser actor, String courseCode) {
        PublishedCourse course = catalog.current(courseCode)
                .orElseThrow(() -> ProblemException.notFound("Course " + courseCode));
        Optional<Enrolment> existing = enrolments.findByUserIdAndCourseCode(actor.id(), course.code());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        return insert(new Enrolment(null, actor.id(), course.code(), course.versionId(), null, null, Instant.now(),
                null, null));
    }

    Outcome assign(CurrentUser actor, EnrolmentAssignCommand command) {
        AppUser trainee = traineeWithin(actor, command.userId());
        String code = command.courseCode().strip();
        PublishedCourse course = catalog.current(code).orElseThrow(() ->
                ProblemException.badRequest("courseCode", "there is no published course '" + code + "'"));
        if (command.dueOn() != null && command.dueOn().isBefore(LearningCalendar.today())) {
            throw ProblemException.badRequest("dueOn", "must be today or later (" + LearningCalendar.today() + ")");
        }
        Optional<Enrolment> existing = enrolments.findByUserIdAndCourseCode(trainee.id(), course.code());
        if (existing.isPresent()) {
            return new Outcome(enrolments.update(existing.get().assigned(actor.id(), command.dueOn())), false);
        }
        return insert(new Enrolment(null, trainee.id(), course.code(), course.versionId(), actor.id(),
                command.dueOn(), Instant.now(), null, null));
    }

    /** The caller's own enrolment; anybody else's is "not found". */
    Enrolment own(CurrentUser actor, long id) {
        return enrolments.findById(id).filter(e -> e.userId() == actor.id())
                .orElseThrow(() -> ProblemException.notFound("Enrolment " + id));
    }

    /** The trainee's own; any, to an administrator; those of its unit's trainees, to a unit manager. */
    Enrolment visible(CurrentUser actor, long id) {
        Enrolment enrolment = enrolments.findById(id).orElseThrow(() -> ProblemException.notFound("Enrolment " + id));
        if (enrolment.userId() == actor.id() || actor.isAdmin()) {
            return enrolment;
        }
        boolean ownUnit = actor.has(Role.UNIT_MANAGER) && users.findById(enrolment.userId())
                .map(u -> u.unitCode().equals(actor.unitCode())).orElse(false);
        if (!ownUnit) {
            throw ProblemException.notFound("Enrolment " + id);
        }
        return enrolment;
    }

    /** A trainee the actor manages: any, for an administrator; its own unit's, for a unit manager. */
    private AppUser traineeWithin(CurrentUser actor, long userId) {
        AppUser user = users.findById(userId)
                .filter(u -> actor.isAdmin() || u.unitCode().equals(actor.unitCode()))
                .orElseThrow(() -> ProblemException.notFound("Trainee " + userId));
        if (!directory.rolesOf(userId).contains(Role.TRAINEE)) {
            throw ProblemException.badRequest("userId", "user " + userId + " is not a trainee");
        }
        if (!user.enabled()) {
            throw ProblemException.badRequest("userId", "the account of user " + userId + " is disabled");
        }
        return user;
    }

    /**
     * Saves a new enrolment, with the reports' tallies in the same transaction; if a second request made the same one
     * a moment earlier, answers that one.
     */
    private Outcome insert(Enrolment enrolment) {
        try {
            return new Outcome(DeadlockRetry.run(() -> transactions.executeWrite(status -> {
                Enrolment saved = enrolments.save(enrolment);
                changes.publishEvent(new TraineeRecordChanged(saved.userId()));
                return saved;
            })), true);
        } catch (DataAccessException e) {
            return enrolments.findByUserIdAndCourseCode(enrolment.userId(), enrolment.courseCode())
                    .map(found -> new Outcome(found, false)).orElseThrow(() -> e);
        }
    }
}
