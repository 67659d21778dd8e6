package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** Everything printed on one certificate, fixed at issue. */
record CertificateContent(String number, String verificationUrl, String platformName, LocalizedText issuer,
                          String holderName, LocalizedText unit, LocalizedText courseTitle,
                          List<CertifiedCompetency> competencies, LocalDate issuedOn, LocalDate validUntil,
                          @Nullable String renewsNumber, @Nullable String supersedesNumber) {
}
