package vn.ttcs.learn.certification;

import vn.ttcs.learn.web.DatabaseOutage;
import vn.ttcs.learn.web.DeadlockRetry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.competency.CompetencyStandardRow;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues certificates: the learning flow calls {@link #issue} the moment a trainee meets a course's certification
 * rule (see {@link CertificationRuleCheck}). Each certificate is issued exactly once: once per trainee and course
 * version, once per renewal of a certificate, once per correction of a certificate. A repeated or concurrent call
 * returns the certificate already issued instead of a second one (the issue key is unique in the database).
 *
 * <p>Issuing copies the holder's name, unit, course title, competencies and issuing body as they are now, renders
 * the PDF, signs it, and stores the signed bytes, which every download returns from then on.
 */
@Singleton
public class CertificateIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIssuer.class);
    private static final long CONCURRENT_ISSUE_WAIT_MILLIS = 10_000;

    private final AppUserRepository users;
    private final UnitRepository units;
    private final CourseVersionRepository versions;
    private final CourseCatalog catalog;
    private final CompetencyStandardRepository standards;
    private final CertificateRepository certificates;
    private final CertificateNumbers numbers;
    private final CertificateLedger ledger;
    private final CertificateRenderer renderer;
    private final PdfSigner signer;
    private final CertificateSettings settings;
    private final ObjectMapper json;

    CertificateIssuer(AppUserRepository users, UnitRepository units, CourseVersionRepository versions,
                      CourseCatalog catalog, CompetencyStandardRepository standards, CertificateRepository certificates,
                      CertificateNumbers numbers, CertificateLedger ledger, CertificateRenderer renderer,
                      PdfSigner signer, CertificateSettings settings, ObjectMapper json) {
        this.users = users;
        this.units = units;
        this.versions = versions;
        this.catalog = catalog;
        this.standards = standards;
        this.certificates = certificates;
        this.numbers = numbers;
        this.ledger = ledger;
        this.renderer = renderer;
        this.signer = signer;
        this.settings = settings;
        this.json = json;
    }

    /**
     * The certificate of a trainee for a course version: issued now, or the one issued before for the same
     * (user, course version), or for the same renewal.
     *
     * @param attained   the competency standards and levels the trainee attained in this course
     * @param renewalOf  the certificate this one renews (after the recertification assessment), or null for a first
     *                   certificate
     * @throws IllegalArgumentException if the user, the version or a competency is unknown, the course has no
     *                                  certification rule, or {@code renewalOf} is not a valid certificate of the
     *                                  same trainee and course
     */
    public Certificate issue(long userId, long courseVersionId, List<AttainedCompetency> attained,
                             @Nullable Long renewalOf) {
        String issueKey = renewalOf == null ? "ORIGINAL:" + userId + ":" + courseVersionId : "RENEWAL:" + renewalOf;
        Optional<Certificate> already = certificates.getByIssueKey(issueKey);
        if (already.isPresent()) {
            return already.get();
        }
        // the version as parsed once and kept (versions never change): no query, no JSON read again for every issue
        PublishedCourse published = catalog.findVersion(courseVersionId).orElseThrow(
                () -> new IllegalArgumentException("Course version " + courseVersionId + " does not exist"));
        CourseVersion version = published.version();
        Course.CertificationRule rule = ruleOf(published);
        String renews = null;
        if (renewalOf != null) {
            Certificate renewed = certificates.getById(renewalOf).orElseThrow(
                    () -> new IllegalArgumentException("Certificate " + renewalOf + " (to renew) does not exist"));
            if (renewed.userId() != userId || !renewed.courseCode().equals(version.courseCode())
                    || renewed.revokedAt() != null) {
                throw new IllegalArgumentException("Certificate " + renewed.number() + " is not a valid certificate of "
                        + "user " + userId + " for course " + version.courseCode() + ", so it cannot be renewed");
            }
            renews = renewed.number();
        }
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = ZonedDateTime.ofInstant(issuedAt, settings.zone()).plusMonths(rule.validityMonths()).toInstant();
        Draft draft = new Draft(issueKey, userId, version, certified(attained), issuedAt, expiresAt, renewalOf, null,
                renews, null);
        return store(draft, "user-id:" + userId + ", course " + version.courseCode() + " version " + version.versionNo()
                + (renews == null ? "" : ", renews " + renews));
    }

    /**
     * A new certificate that corrects (supersedes) an issued one, for example after the holder's name was put right:
     * the same course version, competencies and expiry, with the holder's name and unit as they are now. The
     * corrected certificate stays verifiable and says which certificate supersedes it.
     */
    public Certificate correct(long certificateId) {
        String issueKey = "CORRECTION:" + certificateId;
        Optional<Certificate> already = certificates.getByIssueKey(issueKey);
        if (already.isPresent()) {
            return already.get();
        }
        Certificate old = certificates.getById(certificateId).orElseThrow(
                () -> new IllegalArgumentException("Certificate " + certificateId + " does not exist"));
        if (old.revokedAt() != null) {
            throw new IllegalArgumentException("Certificate " + old.number() + " is revoked; it cannot be corrected");
        }
        CourseVersion version = versions.findById(old.courseVersionId()).orElseThrow();
        Draft draft = new Draft(issueKey, old.userId(), version, competenciesOf(old),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), old.expiresAt(), null, old.id(), null, old.number());
        return store(draft, "user-id:" + old.userId() + ", course " + old.courseCode() + ", supersedes " + old.number());
    }

    /** The competencies written on a certificate, as they were at issue. */
    List<CertifiedCompetency> competenciesOf(Certificate certificate) {
        try {
            return List.of(json.readValue(certificate.competencies(), CertifiedCompetency[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Competencies of certificate " + certificate.number() + " are unreadable", e);
        }
    }

    private record Draft(String issueKey, long userId, CourseVersion version, List<CertifiedCompetency> competencies,
                         Instant issuedAt, Instant expiresAt, @Nullable Long renewalOf, @Nullable Long supersedes,
                         @Nullable String renewsNumber, @Nullable String supersedesNumber) {
    }

    private Certificate store(Draft draft, String auditDetail) {
        AppUser holder = users.findById(draft.userId()).orElseThrow(
                () -> new IllegalArgumentException("User " + draft.userId() + " does not exist"));
        Unit unit = units.findById(holder.unitCode()).orElseThrow();
        LocalizedText issuer = issuingBody();
        long id = numbers.allocate();
        String number = CertificateNumbers.format(settings.numberPrefix(), id, draft.issuedAt(), settings.zone());
        String code = VerificationCodes.next();
        String holderName = Normalizer.normalize(holder.fullName().strip(), Normalizer.Form.NFC);
        CertificateContent content = new CertificateContent(number, settings.verificationUrl(code),
                settings.platformName(), issuer, holderName, new LocalizedText(unit.nameVi(), unit.nameEn()),
                new LocalizedText(draft.version().titleVi(), draft.version().titleEn()), draft.competencies(),
                draft.issuedAt().atZone(settings.zone()).toLocalDate(),
                draft.expiresAt().atZone(settings.zone()).toLocalDate(), draft.renewsNumber(), draft.supersedesNumber());
        byte[] pdf = signer.sign(renderer.render(content), draft.issuedAt(), settings.platformName(),
                CertificateTemplate.both(CertificateTemplate.SIGNATURE_REASON) + " " + number,
                settings.verificationUrl(code));
        CertificateRow row = new CertificateRow(id, number, code, draft.issueKey(), holder.id(), holderName,
                unit.code(), unit.nameVi(), unit.nameEn(), draft.version().courseCode(), draft.version().id(),
                draft.version().titleVi(), draft.version().titleEn(), issuer.vi(), issuer.en(),
                toJson(draft.competencies()), draft.issuedAt(), draft.expiresAt(), draft.renewalOf(),
                draft.supersedes(), null, null, null, pdf, sha256(pdf));
        try {
            DeadlockRetry.run(() -> ledger.record(row, auditDetail));
        } catch (DataAccessException e) {
            DatabaseOutage.rethrowIfOutage(e);
            // Most likely another call issued the same certificate at the same moment: answer with that one.
            return awaitConcurrentIssue(draft.issueKey(), e);
        }
        LOG.info("Certificate {} issued to user {} for course {}", number, holder.id(), draft.version().courseCode());
        return row.withoutPdf();
    }

    private Certificate awaitConcurrentIssue(String issueKey, DataAccessException cause) {
        long deadline = System.currentTimeMillis() + CONCURRENT_ISSUE_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Certificate> winner = certificates.getByIssueKey(issueKey);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw cause;
    }

    /** The course as authored in this (immutable) version. */
    Course courseOf(CourseVersion version) {
        try {
            return json.readValue(version.definition(), Course.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Course version " + version.id() + " has an unreadable definition", e);
        }
    }

    private static Course.CertificationRule ruleOf(PublishedCourse course) {
        if (course.definition().certification() == null) {
            throw new IllegalArgumentException("Course " + course.code() + " has no certification rule");
        }
        return course.definition().certification();
    }

    private List<CertifiedCompetency> certified(List<AttainedCompetency> attained) {
        return attained.stream().map(a -> {
            CompetencyStandardRow standard = standards.findById(a.code()).orElseThrow(
                    () -> new IllegalArgumentException("Competency standard " + a.code() + " does not exist"));
            return new CertifiedCompetency(a.code(), a.level(), new LocalizedText(standard.nameVi(), standard.nameEn()));
        }).toList();
    }

    /** The configured issuing body, or else the supervising ministry of the unit registry. */
    private LocalizedText issuingBody() {
        if (settings.issuingBodyVi() != null) {
            return new LocalizedText(settings.issuingBodyVi(),
                    settings.issuingBodyEn() == null ? settings.issuingBodyVi() : settings.issuingBodyEn());
        }
        Unit supervising = units.findBySupervisingTrue().orElseThrow(() -> new IllegalStateException(
                "The unit registry names no supervising unit (supervising: true), so certificates have no issuing "
                        + "body; mark one in content/organisation/units.yaml or set TTCS_CERTIFICATE_ISSUER_VI"));
        return new LocalizedText(supervising.nameVi(), supervising.nameEn());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
