package vn.ttcs.learn.learning;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

/**
 * Enrolment: a trainee enrols themselves, a unit manager (or an administrator) assigns a course. A new enrolment
 * answers 201 with its Location; enrolling or assigning again answers 200 with the enrolment that already exists.
 */
@Controller("/api")
class EnrolmentController {

    private final Enrolments enrolments;
    private final EnrolmentViews views;
    private final AuditLog audit;

    EnrolmentController(Enrolments enrolments, EnrolmentViews views, AuditLog audit) {
        this.enrolments = enrolments;
        this.views = views;
        this.audit = audit;
    }

    @Post("/courses/{code}/enrolment")
    @Secured(Role.Names.TRAINEE)
    HttpResponse<EnrolmentView> enrol(@PathVariable String code, Authentication authentication) {
        return answer(enrolments.enrolSelf(CurrentUser.of(authentication), code));
    }

    @Post("/enrolments")
    @Secured({Role.Names.UNIT_MANAGER, Role.Names.ADMIN})
    HttpResponse<EnrolmentView> assign(@Body @Valid EnrolmentAssignCommand command, Authentication authentication,
                                       HttpRequest<?> request) {
        Enrolments.Outcome outcome = enrolments.assign(CurrentUser.of(authentication), command);
        audit.record(authentication, request, "COURSE_ASSIGNED", "user-id:" + command.userId(),
                "course " + outcome.enrolment().courseCode() + ", due " + command.dueOn()
                        + (outcome.created() ? "" : " (already enrolled)"));
        return answer(outcome);
    }

    /** The enrolment with progress in every lesson: the trainee's own, or one a manager or administrator may see. */
    @Get("/enrolments/{id}")
    @Secured({Role.Names.TRAINEE, Role.Names.UNIT_MANAGER, Role.Names.ADMIN})
    EnrolmentDetail get(@PathVariable long id, Authentication authentication) {
        return views.detail(enrolments.visible(CurrentUser.of(authentication), id));
    }

    private HttpResponse<EnrolmentView> answer(Enrolments.Outcome outcome) {
        EnrolmentView view = views.view(outcome.enrolment());
        if (!outcome.created()) {
            return HttpResponse.ok(view);
        }
        return HttpResponse.created(view, UriBuilder.of("/api/enrolments").path(String.valueOf(view.id())).build());
    }
}
