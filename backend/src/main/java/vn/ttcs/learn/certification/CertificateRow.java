package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A certificate as stored, with its signed PDF. Written once at issue ({@link CertificateIssuer}); read whole only
 * to download the PDF. Everything else reads the {@link Certificate} projection, which leaves the PDF in the database.
 */
@MappedEntity("certificate")
record CertificateRow(@Id long id, String number, String verificationCode, String issueKey, long userId,
                      String holderName, String unitCode, String unitNameVi, String unitNameEn, String courseCode,
                      long courseVersionId, String courseTitleVi, String courseTitleEn, String issuerNameVi,
                      String issuerNameEn, String competencies, Instant issuedAt, Instant expiresAt,
                      @Nullable Long renewalOf, @Nullable Long supersedes, @Nullable Instant revokedAt,
                      @Nullable Long revokedBy, @Nullable String revocationReason, byte[] pdf, String pdfSha256) {

    /** What was stored, as every reader but the download sees it: no need to read it back. */
    Certificate withoutPdf() {
        return new Certificate(id, number, verificationCode, userId, holderName, unitCode, unitNameVi, unitNameEn,
                courseCode, courseVersionId, courseTitleVi, courseTitleEn, issuerNameVi, issuerNameEn, competencies,
                issuedAt, expiresAt, renewalOf, supersedes, revokedAt, revokedBy, revocationReason, pdfSha256);
    }
}
