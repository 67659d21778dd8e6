package vn.ttcs.learn.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.ttcs.learn.audit.AuditLog;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

    private final UserDirectory directory;
    private final AuditLog audit;

    MeController(UserDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Get
    MeView me(Authentication authentication) {
        return directory.me(CurrentUser.of(authentication).id());
    }

    /** Changing one's password ends every other session of the user. */
    @Post("/password")
    HttpResponse<Void> changePassword(@Body @Valid PasswordChangeCommand command, Authentication authentication,
                                      HttpRequest<?> request) {
        CurrentUser me = CurrentUser.of(authentication);
        directory.changeOwnPassword(me, command);
        audit.record(authentication, request, "PASSWORD_CHANGED", "user:" + me.username(), null);
        return HttpResponse.noContent();
    }
}
