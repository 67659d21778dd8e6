package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

import java.util.List;

/**
 * A unit's certificates, for the unit managers of that unit, reviewers and administrators (another unit's manager
 * gets 404): as a list with expiry warnings, and as one ZIP of the stored, signed PDFs.
 */
@Controller("/api/units/{code}")
@Secured({Role.Names.UNIT_MANAGER, Role.Names.REVIEWER, Role.Names.ADMIN})
class UnitCertificatesController {

    static final MediaType ZIP = MediaType.of("application/zip");

    private final CertificateDirectory directory;

    UnitCertificatesController(CertificateDirectory directory) {
        this.directory = directory;
    }

    /** {@code expiringSoon=true}: only valid certificates that expire within 60 days. */
    @Get("/certificates")
    List<CertificateView> list(@PathVariable String code, @Nullable @QueryValue Boolean expiringSoon,
                               Authentication authentication) {
        return directory.viewsOfUnit(CurrentUser.of(authentication), code, Boolean.TRUE.equals(expiringSoon));
    }

    /** Streamed: one PDF is read from the database at a time, however many the unit has. */
    @Get(value = "/certificates.zip", produces = "application/zip")
    StreamedFile zip(@PathVariable String code, Authentication authentication) {
        List<Certificate> certificates = directory.ofUnit(CurrentUser.of(authentication), code);
        return new StreamedFile(new CertificateZip(certificates, directory::storedPdf), ZIP)
                .attach("certificates-" + code + ".zip");
    }
}
