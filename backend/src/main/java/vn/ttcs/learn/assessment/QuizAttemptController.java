package vn.ttcs.learn.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.shared.CourseWorkRecorded;
import vn.ttcs.learn.web.ProblemException;

import java.net.URI;
import java.util.regex.Pattern;

/** Quiz attempts of the signed-in trainee. Anyone else's attempt or enrolment is "not found". */
@Controller("/api")
@Secured(Role.Names.TRAINEE)
class QuizAttemptController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final QuizAttempts attempts;
    private final ApplicationEventPublisher<CourseWorkRecorded> work;

    QuizAttemptController(QuizAttempts attempts, ApplicationEventPublisher<CourseWorkRecorded> work) {
        this.attempts = attempts;
        this.work = work;
    }

    /** 201 with the new attempt, or 200 with the attempt already in progress. */
    @Post("/enrolments/{id}/quizzes/{quizId}/attempts")
    HttpResponse<AttemptView> start(@PathVariable long id, @PathVariable String quizId, Authentication who) {
        long me = CurrentUser.of(who).id();
        QuizAttempts.Started started = ConcurrentStart.retryOnce(() -> attempts.start(id, quizId, me));
        AttemptView attempt = started.attempt();
        return started.created()
                ? HttpResponse.created(attempt, URI.create("/api/attempts/" + attempt.id()))
                : HttpResponse.ok(attempt);
    }

    @Get("/attempts/{id}")
    AttemptView get(@PathVariable long id, Authentication who) {
        return attempts.get(id, CurrentUser.of(who).id());
    }

    @Post("/attempts/{id}/submission")
    AttemptView submit(@PathVariable long id, @Header(IDEMPOTENCY_KEY) @Nullable String key,
                       @Body @Valid SubmissionCommand command, Authentication who) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(IDEMPOTENCY_KEY, "send a header of 8 to 100 letters, digits, '.', '_', "
                    + "':' or '-' that is new for each attempt (a UUID will do), and the same one when retrying");
        }
        QuizAttempts.Submitted submitted = attempts.submit(id, key, command, CurrentUser.of(who).id());
        // After the commit, and again on a retry: certification issues each certificate once whatever it is told.
        work.publishEvent(submitted.work());
        return submitted.attempt();
    }
}
