package vn.ttcs.learn.assessment;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

@Controller("/api/enrolments")
@Secured(Role.Names.TRAINEE)
class AssessmentController {

    private final EnrolmentAssessments assessments;

    AssessmentController(EnrolmentAssessments assessments) {
        this.assessments = assessments;
    }

    /** The quizzes and drills of the caller's enrolment; someone else's enrolment is "not found". */
    @Get("/{id}/assessments")
    AssessmentsView list(@PathVariable long id, Authentication who) {
        return assessments.of(id, CurrentUser.of(who).id());
    }
}
