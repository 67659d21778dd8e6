package vn.ttcs.learn.assignment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import vn.ttcs.learn.assignment.AssignmentViews.QueueEntry;
import vn.ttcs.learn.assignment.AssignmentViews.SubmissionDetail;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.shared.CourseWorkRecorded;
import vn.ttcs.learn.web.FileDownloads;
import vn.ttcs.learn.web.ProblemException;

import java.util.List;
import java.util.Locale;

/**
 * Submissions of assignments: the trainers' grading queue and grading, and reading one submission and its file (its
 * trainee, trainers and admins; anyone else gets "not found").
 */
@Controller("/api/assignment-submissions")
class GradingController {

    private final Assignments assignments;
    private final AuditLog audit;
    private final ApplicationEventPublisher<CourseWorkRecorded> work;

    GradingController(Assignments assignments, AuditLog audit, ApplicationEventPublisher<CourseWorkRecorded> work) {
        this.assignments = assignments;
        this.audit = audit;
        this.work = work;
    }

    /** The queue, oldest first: {@code status} waiting (the default), passed or failed. */
    @Get
    @Secured({Role.Names.TRAINER, Role.Names.ADMIN})
    List<QueueEntry> queue(@QueryValue @Nullable String status) {
        SubmissionStatus wanted;
        try {
            wanted = status == null ? SubmissionStatus.WAITING
                    : SubmissionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be waiting, passed or failed");
        }
        return assignments.queue(wanted);
    }

    @Get("/{id}")
    @Secured({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    SubmissionDetail get(@PathVariable long id, Authentication who) {
        return assignments.detail(id, CurrentUser.of(who));
    }

    /** The submitted file, always as an attachment, with the type found in its content when it was accepted. */
    @Get("/{id}/file")
    @Secured({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    HttpResponse<byte[]> file(@PathVariable long id, Authentication who) {
        Assignments.Download file = assignments.file(id, CurrentUser.of(who));
        return FileDownloads.of(file.content(), file.mediaType(), file.name(), false, "private, no-store");
    }

    /** Grades a waiting submission once; the whole rubric, 0 to each criterion's maximum. */
    @Post("/{id}/grade")
    @Secured({Role.Names.TRAINER, Role.Names.ADMIN})
    SubmissionDetail grade(@PathVariable long id, @Body @Valid GradeCommand command, Authentication who,
                           HttpRequest<?> request) {
        Assignments.Graded graded = assignments.grade(id, command, CurrentUser.of(who));
        var submission = graded.detail().submission();
        audit.record(who, request, "ASSIGNMENT_GRADED", "assignment-submission:" + id,
                submission.status() + " " + submission.grade().scorePercent() + "% — " + graded.detail().courseCode()
                        + "/" + submission.assignmentId() + " submission " + submission.submissionNo()
                        + " of " + graded.detail().traineeName());
        work.publishEvent(new CourseWorkRecorded(graded.enrolmentId()));
        return graded.detail();
    }
}
