package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as its holder, the holder's unit managers, reviewers and admins see it. Dates are calendar dates in
 * the platform's time zone; {@code expiresSoon} is true for a valid certificate that expires within 60 days and that no newer
 * certificate of the holder replaces (a renewal, a correction).
 * {@code verificationUrl} is the public share link; {@code pdfUrl} and {@code badgeUrl} download the signed PDF and
 * the Open Badge (VC-JWT).
 */
@Serdeable
public record CertificateView(long id, String number, long userId, String holderName, String unitCode,
                              LocalizedText unitName, String courseCode, LocalizedText courseTitle,
                              List<CertifiedCompetency> competencies, LocalDate issuedOn, LocalDate expiresOn,
                              CertificateStatus status, boolean expiresSoon, @Nullable LocalDate revokedOn,
                              @Nullable String revocationReason, @Nullable Long renewalOf, @Nullable Long supersedes,
                              String verificationUrl, String pdfUrl, String badgeUrl) {
}
