package vn.ttcs.learn.competency;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

@Controller("/api/me/competencies")
@Secured(Role.Names.TRAINEE)
class CompetencyProfileController {

    private final CompetencyProfile profile;

    CompetencyProfileController(CompetencyProfile profile) {
        this.profile = profile;
    }

    /** The signed-in trainee's level in every standard of the framework, the evidence behind it and the gap. */
    @Get
    CompetencyProfileView mine(Authentication who) {
        return profile.of(CurrentUser.of(who).id());
    }
}
