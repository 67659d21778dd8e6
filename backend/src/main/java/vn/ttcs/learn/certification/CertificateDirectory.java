package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see which certificate, and certificates as each reader sees them.
 * <ul>
 *   <li>Anyone with the verification code: its status, holder, course and dates ({@link #verify}).</li>
 *   <li>The holder; the unit managers of the unit it was issued in and of the unit the holder is in now; reviewers and
 *       administrators: everything, and the PDF. For anyone else it does not exist (404), so ids cannot be probed.</li>
 * </ul>
 */
@Singleton
class CertificateDirectory {

    private final CertificateRepository certificates;
    private final AppUserRepository users;
    private final UnitRepository units;
    private final CertificateIssuer issuer;
    private final CertificateLedger ledger;
    private final CertificateSettings settings;
    private final PdfCache pdfs;

    CertificateDirectory(CertificateRepository certificates, AppUserRepository users, UnitRepository units,
                         CertificateIssuer issuer, CertificateLedger ledger, CertificateSettings settings,
                         PdfCache pdfs) {
        this.pdfs = pdfs;
        this.certificates = certificates;
        this.users = users;
        this.units = units;
        this.issuer = issuer;
        this.ledger = ledger;
        this.settings = settings;
    }

    /** Empty for an unknown code, and for anything that could not be a code at all. */
    Optional<CertificateVerification> verify(String code) {
        if (!VerificationCodes.looksLikeOne(code)) {
            return Optional.empty();
        }
        return certificates.getByVerificationCode(code).filter(c -> c.verificationCode().equals(code))
                .map(c -> new CertificateVerification(c.statusAt(Instant.now()), c.number(), c.holderName(),
                        c.courseTitle(), c.issuer(), date(c.issuedAt()), date(c.expiresAt()),
                        c.revokedAt() == null ? null : date(c.revokedAt()), c.revocationReason(),
                        certificates.getBySupersedes(c.id()).map(Certificate::number).orElse(null)));
    }

    List<CertificateView> heldBy(long userId) {
        Instant now = Instant.now();
        List<Certificate> held = certificates.getByUserIdOrderByIssuedAtDesc(userId);
        Replacements replacements = new Replacements(held, now);
        return held.stream().map(c -> view(c, now, replacements.expiresSoon(c, now))).toList();
    }

    /** The certificates of a unit, for its unit managers, reviewers and administrators. */
    List<Certificate> ofUnit(CurrentUser actor, String unitCode) {
        if (units.findById(unitCode).isEmpty() || !(seesAllUnits(actor) || managesUnit(actor, unitCode))) {
            throw ProblemException.notFound("Unit " + unitCode);
        }
        return certificates.findOfUnit(unitCode);
    }

    /** {@code onlyExpiringSoon}: only the valid ones in their last 60 days that no newer certificate replaces. */
    List<CertificateView> viewsOfUnit(CurrentUser actor, String unitCode, boolean onlyExpiringSoon) {
        Instant now = Instant.now();
        List<Certificate> ofUnit = ofUnit(actor, unitCode);
        Set<Long> holders = ofUnit.stream().map(Certificate::userId).collect(Collectors.toSet());
        Replacements replacements = new Replacements(
                holders.isEmpty() ? List.of() : certificates.getByUserIdIn(holders), now);
        return ofUnit.stream().filter(c -> !onlyExpiringSoon || replacements.expiresSoon(c, now))
                .map(c -> view(c, now, replacements.expiresSoon(c, now))).toList();
    }

    /**
     * The stored, signed PDF exactly as issued, whatever the certificate's status: from memory when downloaded
     * lately (nothing of it changes after issue), else one read by its key; nothing rendered. Who may have it is
     * checked every time.
     */
    StoredPdf pdf(CurrentUser actor, long id) {
        StoredPdf stored = pdfs.get(id, certificates::findPdf).orElseThrow(() -> notFound(id));
        if (!visible(actor, stored.userId(), stored.unitCode())) {
            throw notFound(id);
        }
        return stored;
    }

    /** For a unit's ZIP: no access check, the caller checked the unit. */
    byte[] storedPdf(long id) {
        return certificates.findById(id).orElseThrow(() -> notFound(id)).pdf();
    }

    CertificateView revoke(long id, String reason, Authentication who, HttpRequest<?> request) {
        Certificate certificate = visibleTo(CurrentUser.of(who), id);
        if (!ledger.revoke(certificate, reason.strip(), who, request)) {
            throw ProblemException.conflict("Certificate " + certificate.number() + " is already revoked; a revocation "
                    + "is never changed or undone.");
        }
        return view(certificates.getById(id).orElseThrow(), Instant.now(), false); // revoked: never expiring soon
    }

    Certificate visibleTo(CurrentUser actor, long id) {
        Certificate certificate = certificates.getById(id).orElseThrow(() -> notFound(id));
        if (!visible(actor, certificate.userId(), certificate.unitCode())) {
            throw notFound(id);
        }
        return certificate;
    }

    /** Its holder, reviewers and administrators, and the managers of the unit it was issued in or the holder is in. */
    private boolean visible(CurrentUser actor, long holderId, String unitCode) {
        return seesAllUnits(actor) || holderId == actor.id() || managesUnit(actor, unitCode)
                || actor.has(Role.UNIT_MANAGER) && users.findById(holderId)
                        .map(u -> u.unitCode().equals(actor.unitCode())).orElse(false);
    }

    private CertificateView view(Certificate c, Instant now, boolean expiresSoon) {
        return new CertificateView(c.id(), c.number(), c.userId(), c.holderName(), c.unitCode(), c.unitName(),
                c.courseCode(), c.courseTitle(), issuer.competenciesOf(c), date(c.issuedAt()), date(c.expiresAt()),
                c.statusAt(now), expiresSoon, c.revokedAt() == null ? null : date(c.revokedAt()),
                c.revocationReason(), c.renewalOf(), c.supersedes(), settings.verificationUrl(c.verificationCode()),
                "/api/certificates/" + c.id() + "/pdf", "/api/certificates/" + c.id() + "/badge");
    }

    private static boolean seesAllUnits(CurrentUser actor) {
        return actor.isAdmin() || actor.has(Role.REVIEWER);
    }

    private static boolean managesUnit(CurrentUser actor, String unitCode) {
        return actor.has(Role.UNIT_MANAGER) && actor.unitCode().equals(unitCode);
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Certificate " + id);
    }
}
