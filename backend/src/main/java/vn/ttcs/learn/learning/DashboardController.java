package vn.ttcs.learn.learning;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

@Controller("/api/me/dashboard")
@Secured(Role.Names.TRAINEE)
class DashboardController {

    private final EnrolmentViews views;

    DashboardController(EnrolmentViews views) {
        this.views = views;
    }

    /** The caller's courses with progress, next lesson and due date. */
    @Get
    Dashboard dashboard(Authentication authentication) {
        return views.dashboard(CurrentUser.of(authentication).id());
    }
}
