package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Duration;
import java.time.Instant;

/** An issued certificate without its PDF: what lists, verification and access checks read. */
@Introspected
public record Certificate(long id, String number, String verificationCode, long userId, String holderName,
                          String unitCode, String unitNameVi, String unitNameEn, String courseCode,
                          long courseVersionId, String courseTitleVi, String courseTitleEn, String issuerNameVi,
                          String issuerNameEn, String competencies,
                          Instant issuedAt, Instant expiresAt, @Nullable Long renewalOf, @Nullable Long supersedes,
                          @Nullable Instant revokedAt, @Nullable Long revokedBy, @Nullable String revocationReason,
                          String pdfSha256) {

    /** Trainees and their unit managers are shown certificates that expire within this many days. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(60);

    /** Revocation outranks expiry: a revoked certificate is REVOKED whether or not it has also run out. */
    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? CertificateStatus.VALID : CertificateStatus.EXPIRED;
    }

    /** Valid now, but not {@link #EXPIRY_WARNING} from now. */
    public boolean expiresSoon(Instant now) {
        return statusAt(now) == CertificateStatus.VALID && !now.plus(EXPIRY_WARNING).isBefore(expiresAt);
    }

    public LocalizedText courseTitle() {
        return new LocalizedText(courseTitleVi, courseTitleEn);
    }

    public LocalizedText issuer() {
        return new LocalizedText(issuerNameVi, issuerNameEn);
    }

    public LocalizedText unitName() {
        return new LocalizedText(unitNameVi, unitNameEn);
    }
}
