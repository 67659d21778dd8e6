package vn.ttcs.learn.certification;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The Open Badges 3.0 credential beside each certificate PDF, signed as a VC-JWT with the platform's key.
 *
 * <p>Everything in it comes from what was fixed at issue — the certificate (holder, issuing body, course title,
 * competencies and levels, dates) and its immutable course version (summary, certification rule) — so the credential
 * of a certificate never changes; it is built and signed when it is downloaded. Its status is not inside it: the
 * {@code credentialStatus} link is the certificate's public verification JSON, which says VALID, EXPIRED or REVOKED
 * the moment that changes.
 *
 * <p>Dates are whole seconds: the JWT's {@code nbf} and {@code exp} are whole seconds and must equal
 * {@code validFrom} and {@code validUntil}.
 */
@Singleton
class OpenBadges {

    private final CertificateSettings settings;
    private final CertificateIssuer issuer;
    private final VcJwt jwt;
    private final ObjectMapper json;
    /** What a course version says about itself never changes, so it is read once. */
    private final LoadingCache<Long, CourseFacts> courses;

    OpenBadges(CertificateSettings settings, CertificateIssuer issuer, CourseVersionRepository versions, VcJwt jwt,
               ObjectMapper json) {
        this.settings = settings;
        this.issuer = issuer;
        this.jwt = jwt;
        this.json = json;
        this.courses = Caffeine.newBuilder().maximumSize(500).build(id -> {
            CourseVersion version = versions.findById(id).orElseThrow(
                    () -> new IllegalStateException("Course version " + id + " of a certificate does not exist"));
            Course course = issuer.courseOf(version);
            return new CourseFacts(course.summary(), AchievementCriteria.of(course), version.versionNo());
        });
    }

    private record CourseFacts(LocalizedText summary, LocalizedText criteria, int versionNo) {
    }

    /** The signed credential: a compact JWS. */
    String signed(Certificate certificate) {
        try {
            return jwt.sign(json.writeValueAsString(credentialOf(certificate)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OpenBadgeCredential credentialOf(Certificate c) {
        String base = settings.publicBaseUrl();
        String id = settings.verificationUrl(c.verificationCode());
        String subjectId = "urn:uuid:" + UUID.nameUUIDFromBytes((base + "/users/" + c.userId())
                .getBytes(StandardCharsets.UTF_8));
        Instant validFrom = c.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = c.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        CourseFacts course = courses.get(c.courseVersionId());

        var profile = new OpenBadgeCredential.Profile(base, List.of("Profile"), c.issuerNameVi(), base,
                "Cấp qua " + settings.platformName() + " · " + c.issuerNameEn() + ", issued through "
                        + settings.platformName());
        List<OpenBadgeCredential.Alignment> alignments = issuer.competenciesOf(c).stream()
                .map(competency -> {
                    LocalizedText level = CertificateTemplate.LEVELS.get(competency.level());
                    return new OpenBadgeCredential.Alignment(List.of("Alignment"), competency.name().vi(),
                            competency.code(), OpenBadgeCredential.FRAMEWORK,
                            "Cấp độ đạt được: " + level.vi() + " · Level attained: " + level.en(),
                            base + "/competencies/" + competency.code());
                })
                .toList();
        String criteria = course.criteria() == null ? c.courseTitleVi()
                : course.criteria().vi() + "\n\n" + course.criteria().en();
        var achievement = new OpenBadgeCredential.Achievement(base + "/courses/" + c.courseCode(),
                List.of("Achievement"), "Certification", c.courseTitleVi(), course.summary().vi(),
                new OpenBadgeCredential.Criteria(criteria), alignments, "vi", String.valueOf(course.versionNo()));
        var subject = new OpenBadgeCredential.AchievementSubject(subjectId, List.of("AchievementSubject"),
                List.of(new OpenBadgeCredential.IdentityObject("IdentityObject", false, c.holderName(), "name")),
                achievement);

        return new OpenBadgeCredential(List.of(OpenBadgeCredential.VC_CONTEXT, OpenBadgeCredential.OB_CONTEXT), id,
                List.of("VerifiableCredential", "OpenBadgeCredential"), c.courseTitleVi(),
                "Chứng nhận số " + c.number() + " · " + c.courseTitleEn(), profile, validFrom.toString(),
                validUntil.toString(), validFrom.toString(), subject,
                new OpenBadgeCredential.CredentialStatus(base + "/api/certificates/verify/" + c.verificationCode(),
                        OpenBadgeCredential.STATUS_TYPE),
                List.of(new OpenBadgeCredential.CredentialSchema(OpenBadgeCredential.OB_SCHEMA,
                        "1EdTechJsonSchemaValidator2019")),
                base, id, subjectId, validFrom.getEpochSecond(), validUntil.getEpochSecond());
    }
}
