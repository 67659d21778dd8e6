package vn.ttcs.learn.certification;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.ttcs.learn.identity.CurrentUser;

import java.util.List;

/** "My certificates": the signed-in user's certificates, newest first, with expiry and share link. */
@Controller("/api/me/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyCertificatesController {

    private final CertificateDirectory directory;

    MyCertificatesController(CertificateDirectory directory) {
        this.directory = directory;
    }

    @Get
    List<CertificateView> mine(Authentication authentication) {
        return directory.heldBy(CurrentUser.of(authentication).id());
    }
}
