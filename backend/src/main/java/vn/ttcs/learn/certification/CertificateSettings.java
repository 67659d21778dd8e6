package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.ZoneId;

/**
 * What an operator may set about certificates (docs/configuration.md): where the public verification page lives,
 * the platform's name on the certificate, an issuing body other than the supervising ministry of the unit
 * registry, the number prefix and the time zone in which issue and expiry dates are written.
 */
@Singleton
final class CertificateSettings {

    private final String publicBaseUrl;
    private final String platformName;
    @Nullable
    private final String issuingBodyVi;
    @Nullable
    private final String issuingBodyEn;
    private final String numberPrefix;
    private final ZoneId zone;

    CertificateSettings(@Value("${ttcs.public-base-url}") String publicBaseUrl,
                        @Value("${ttcs.certificates.platform-name}") String platformName,
                        @Nullable @Value("${ttcs.certificates.issuing-body.vi:}") String issuingBodyVi,
                        @Nullable @Value("${ttcs.certificates.issuing-body.en:}") String issuingBodyEn,
                        @Value("${ttcs.certificates.number-prefix}") String numberPrefix,
                        @Value("${ttcs.certificates.time-zone}") String zone) {
        URI base = URI.create(publicBaseUrl.strip());
        if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
            throw new IllegalStateException("TTCS_PUBLIC_BASE_URL must be an http(s) URL such as https://ttcs.example.gov.vn, "
                    + "not '" + publicBaseUrl + "'");
        }
        this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
        this.platformName = platformName;
        this.issuingBodyVi = blankToNull(issuingBodyVi);
        this.issuingBodyEn = blankToNull(issuingBodyEn);
        this.numberPrefix = numberPrefix;
        this.zone = ZoneId.of(zone);
    }

    /** The public page a QR code and a share link open: {@code <base-url>/verify/<code>}. */
    String verificationUrl(String verificationCode) {
        return publicBaseUrl + "/verify/" + verificationCode;
    }

    /** The public address without a trailing slash, e.g. {@code https://ttcs.example.gov.vn}. */
    String publicBaseUrl() {
        return publicBaseUrl;
    }

    String platformName() {
        return platformName;
    }

    @Nullable
    String issuingBodyVi() {
        return issuingBodyVi;
    }

    @Nullable
    String issuingBodyEn() {
        return issuingBodyEn;
    }

    String numberPrefix() {
        return numberPrefix;
    }

    ZoneId zone() {
        return zone;
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
