package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.ttcs.learn.assignment.AssignmentViews.AssignmentSummary;
import vn.ttcs.learn.assignment.AssignmentViews.AssignmentView;
import vn.ttcs.learn.assignment.AssignmentViews.SubmissionView;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/** A trainee's assignments in their own enrolment: the brief and rubric, their submissions and grades. */
@Controller("/api/enrolments/{id}/assignments")
@Secured(Role.Names.TRAINEE)
class AssignmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @Get
    List<AssignmentSummary> list(@PathVariable long id, Authentication who) {
        return assignments.summaries(id, CurrentUser.of(who).id());
    }

    @Get("/{assignmentId}")
    AssignmentView view(@PathVariable long id, @PathVariable String assignmentId, Authentication who) {
        return assignments.view(id, assignmentId, CurrentUser.of(who).id());
    }

    /** 201 with the new submission, or 200 with the one already made under the same Idempotency-Key. */
    @Post(value = "/{assignmentId}/submissions", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<SubmissionView> submit(@PathVariable long id, @PathVariable String assignmentId,
                                        @Header(IDEMPOTENCY_KEY) @Nullable String key,
                                        @Part("text") @Nullable String text,
                                        @Part("file") @Nullable CompletedFileUpload file, Authentication who) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(IDEMPOTENCY_KEY, "send a header of 8 to 100 letters, digits, '.', '_', "
                    + "':' or '-' that is new for each submission (a UUID will do), and the same one when retrying");
        }
        Assignments.Upload upload;
        try {
            upload = new Assignments.Upload(text, file == null ? null : file.getFilename(),
                    file == null ? null : file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assignments.Submitted submitted = assignments.submit(id, assignmentId, key, upload, CurrentUser.of(who).id());
        SubmissionView submission = submitted.submission();
        return submitted.created()
                ? HttpResponse.created(submission, URI.create("/api/assignment-submissions/" + submission.id()))
                : HttpResponse.ok(submission);
    }
}
