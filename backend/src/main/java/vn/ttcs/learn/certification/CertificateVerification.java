package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;

/**
 * What anyone holding a verification code may learn: whether the certificate is VALID, EXPIRED or REVOKED, whose it
 * is, for which course, its dates and, if revoked, when and why. Nothing more personal than the holder's name.
 * {@code supersededBy} names the certificate that corrected this one, if any.
 */
@Serdeable
public record CertificateVerification(CertificateStatus status, String number, String holderName,
                                      LocalizedText courseTitle, LocalizedText issuer, LocalDate issuedOn,
                                      LocalDate expiresOn, @Nullable LocalDate revokedOn,
                                      @Nullable String revocationReason, @Nullable String supersededBy) {
}
