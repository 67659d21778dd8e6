package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.util.Optional;

@Controller("/api/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CertificateController {

    static final MediaType PDF = MediaType.of("application/pdf");
    /** A signed JWT (RFC 7519 § 10.3.1): the Open Badge as a VC-JWT. */
    static final MediaType JWT = MediaType.of("application/jwt");

    private final CertificateDirectory directory;
    private final VerificationThrottle throttle;
    private final SigningKey signingKey;
    private final OpenBadges badges;

    CertificateController(CertificateDirectory directory, VerificationThrottle throttle, SigningKey signingKey,
                          OpenBadges badges) {
        this.directory = directory;
        this.throttle = throttle;
        this.signingKey = signingKey;
        this.badges = badges;
    }

    /** Public: the status of the certificate with this verification code; 404 for an unknown code. Rate-limited. */
    @Get("/verify/{verificationCode}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<CertificateVerification> verify(@PathVariable String verificationCode, HttpRequest<?> request) {
        Optional<Duration> wait = throttle.admit(request);
        if (wait.isPresent()) {
            throw ProblemException.tooManyRequests("Too many verification requests from your address. Wait "
                    + VerificationThrottle.retryAfterSeconds(wait.get()) + " seconds and try again.", wait.get());
        }
        CertificateVerification verification = directory.verify(verificationCode).orElseThrow(
                () -> ProblemException.notFound("A certificate with this verification code"));
        return HttpResponse.ok(verification).header("Cache-Control", "no-store");
    }

    /** Public: the certificate (PEM) whose key signs certificate PDFs, to compare with what a PDF reader shows. */
    @Get(value = "/signing-certificate", produces = "application/x-pem-file")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> signingCertificate() {
        return HttpResponse.ok(signingKey.certificatePem()).contentType(MediaType.of("application/x-pem-file"))
                .header("X-Certificate-SHA256", signingKey.fingerprint());
    }

    /** The signed PDF exactly as issued: for its holder, the holder's unit managers, reviewers and administrators. */
    @Get(value = "/{certificateId}/pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(@PathVariable long certificateId, Authentication authentication) {
        StoredPdf stored = directory.pdf(CurrentUser.of(authentication), certificateId);
        return HttpResponse.ok(stored.pdf()).contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + stored.number() + ".pdf\"")
                .header("ETag", "\"" + stored.pdfSha256() + "\"")
                .header("Cache-Control", "private, no-cache");
    }

    /**
     * The certificate as an Open Badges 3.0 credential signed as a VC-JWT with the key that signs the PDFs; for the
     * same readers as the PDF. Its status link is the public verification JSON.
     */
    @Get(value = "/{certificateId}/badge", produces = "application/jwt")
    HttpResponse<String> badge(@PathVariable long certificateId, Authentication authentication) {
        Certificate certificate = directory.visibleTo(CurrentUser.of(authentication), certificateId);
        return HttpResponse.ok(badges.signed(certificate)).contentType(JWT)
                .header("Content-Disposition", "attachment; filename=\"" + certificate.number() + ".jwt\"")
                .header("Cache-Control", "private, no-cache");
    }

    /** Revokes a certificate for good, with a reason that verification shows; audit-logged. Never deleted. */
    @Post("/{certificateId}/revocation")
    @Secured({Role.Names.ADMIN, Role.Names.REVIEWER})
    CertificateView revoke(@PathVariable long certificateId, @Body @Valid RevocationCommand command,
                           Authentication authentication, HttpRequest<?> request) {
        return directory.revoke(certificateId, command.reason(), authentication, request);
    }
}
