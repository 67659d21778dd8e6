package vn.ttcs.learn.certification;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * Each certificate's Open Badges 3.0 credential: a VC-JWT that verifies with the key published as the platform's
 * signing certificate, describing the course and the certificate's competencies, valid as long as the certificate,
 * with a status link that follows revocation.
 */
@MicronautTest(transactional = false)
class OpenBadgeTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    CertificateIssuer issuer;

    @Inject
    ObjectMapper json;

    @Test
    void theBadgeIsAJwtSignedWithThePlatformsPublishedSigningKey() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);

        HttpResponse<String> download = downloadBadge(holder, certificate);
        JWSObject badge = JWSObject.parse(download.body());

        assertThat(download.getContentType().orElseThrow().toString()).isEqualTo("application/jwt");
        assertThat(download.getHeaders().get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + certificate.number() + ".jwt\"");
        assertThat(badge.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(badge.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(badge.getHeader().getJWK().isPrivate()).isFalse();
        X509Certificate published = publishedSigningCertificate();
        assertThat(badge.getHeader().getJWK().getX509CertSHA256Thumbprint())
                .isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(published.getEncoded())));
        assertThat(badge.verify(verifierOf(published))).isTrue();
        assertThat(downloadBadge(holder, certificate).body()).as("the same badge every time").isEqualTo(download.body());
    }

    @Test
    void aBadgeWhosePayloadWasChangedNoLongerVerifies() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        String[] parts = downloadBadge(holder, certificate).body().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String forged = payload.replace(certificate.holderName(), "Trần Văn Giả");
        assertThat(forged).isNotEqualTo(payload);

        JWSObject tampered = JWSObject.parse(parts[0] + "." + Base64URL.encode(forged) + "." + parts[2]);

        assertThat(tampered.verify(verifierOf(publishedSigningCertificate()))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCredentialIsAnOpenBadgeCredentialForTheCourseAlignedToTheCertificatesCompetencies() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);

        Map<String, Object> credential = payloadOf(downloadBadge(holder, certificate).body());

        assertThat((List<Object>) credential.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat((List<Object>) credential.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential).containsEntry("id", "http://localhost:8080/verify/" + certificate.verificationCode())
                .containsEntry("jti", credential.get("id"));
        Map<String, Object> issuerProfile = map(credential.get("issuer"));
        assertThat(issuerProfile).containsEntry("name", certificate.issuerNameVi())
                .containsEntry("id", credential.get("iss"));
        Map<String, Object> subject = map(credential.get("credentialSubject"));
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        assertThat(subject.get("id")).asString().startsWith("urn:uuid:").isEqualTo(credential.get("sub"));
        assertThat((List<?>) subject.get("identifier")).singleElement().satisfies(identity -> assertThat(map(identity))
                .containsEntry("identityType", "name").containsEntry("identityHash", certificate.holderName())
                .containsEntry("hashed", false));

        Map<String, Object> achievement = map(subject.get("achievement"));
        assertThat(achievement).containsEntry("name", "Quan hệ báo chí và công tác phát ngôn")
                .containsEntry("achievementType", "Certification")
                .containsEntry("id", "http://localhost:8080/courses/" + CertificateFixtures.PRESS_COURSE);
        assertThat(achievement.get("description")).asString().startsWith("Khóa học trang bị cho cán bộ");
        assertThat(map(achievement.get("criteria")).get("narrative")).asString()
                .contains("hoàn thành tất cả các bài học bắt buộc").contains("70% trở lên").contains("24 tháng")
                .contains("To earn the certificate");
        List<Map<String, Object>> alignments = ((List<?>) achievement.get("alignment")).stream().map(this::map).toList();
        List<CertifiedCompetency> certified = issuer.competenciesOf(certificate);
        assertThat(alignments).extracting(a -> a.get("targetCode"))
                .containsExactlyElementsOf(certified.stream().map(CertifiedCompetency::code).toList());
        assertThat(alignments).extracting(a -> a.get("targetName"))
                .containsExactlyElementsOf(certified.stream().map(c -> c.name().vi()).toList());
        assertThat(alignments).allSatisfy(a -> assertThat(a).containsEntry("targetFramework", "Khung năng lực TTCS")
                .containsEntry("type", List.of("Alignment")).containsKey("targetUrl"));
        assertThat(alignments.get(2).get("targetDescription")).asString().contains("Thực hành").contains("Practitioner");
    }

    @Test
    void theBadgeIsValidFromIssueUntilTheCertificatesExpiryAndSaysSoInItsClaims() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);

        Map<String, Object> credential = payloadOf(downloadBadge(holder, certificate).body());

        Instant expiry = certificate.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        Instant issue = certificate.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        assertThat(Instant.parse((String) credential.get("validUntil"))).isEqualTo(expiry);
        assertThat(Instant.parse((String) credential.get("validFrom"))).isEqualTo(issue);
        assertThat(((Number) credential.get("exp")).longValue()).isEqualTo(expiry.getEpochSecond());
        assertThat(((Number) credential.get("nbf")).longValue()).isEqualTo(issue.getEpochSecond());
    }

    @Test
    void theStatusLinkOfARevokedCertificatesBadgeSaysRevoked() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        Map<String, Object> status = map(payloadOf(downloadBadge(holder, certificate).body()).get("credentialStatus"));
        assertThat(status).containsEntry("type", "TtcsCertificateVerification");
        String statusPath = ((String) status.get("id")).replace("http://localhost:8080", "");
        assertThat(statusOf(statusPath)).isEqualTo("VALID");

        client.toBlocking().exchange(HttpRequest.POST("/api/certificates/" + certificate.id() + "/revocation",
                json("reason", "Cấp nhầm người")).bearerAuth(fixtures.login(client.toBlocking(), fixtures.reviewer())));

        assertThat(statusOf(statusPath)).isEqualTo("REVOKED");
        assertThat(payloadOf(downloadBadge(holder, certificate).body())).as("the badge itself is still the same")
                .containsEntry("validUntil", Instant.ofEpochSecond(certificate.expiresAt().getEpochSecond()).toString());
    }

    @Test
    void theBadgeReachesTheSamePeopleAsThePdf() {
        var unitA = fixtures.provinceA();
        Person holder = fixtures.trainee(unitA);
        Certificate certificate = certificates.pressCertificate(holder);

        assertThat(badgeStatus(fixtures.unitManager(unitA), certificate)).isEqualTo(200);
        assertThat(badgeStatus(fixtures.reviewer(), certificate)).isEqualTo(200);
        assertThat(badgeStatus(fixtures.admin(), certificate)).isEqualTo(200);
        assertThat(badgeStatus(fixtures.trainee(unitA), certificate)).isEqualTo(404);
        assertThat(badgeStatus(fixtures.unitManager(fixtures.provinceB()), certificate)).isEqualTo(404);
        assertThat(badgeStatus(fixtures.trainer(), certificate)).isEqualTo(404);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + certificate.id()
                + "/badge"), String.class)).status()).isEqualTo(401);
    }

    @Test
    void everyAlignmentsTargetUrlOpensThePublicPageOfItsCompetency() throws Exception {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        Map<String, Object> achievement = map(map(payloadOf(downloadBadge(holder, certificate).body())
                .get("credentialSubject")).get("achievement"));

        List<Map<String, Object>> alignments = ((List<?>) achievement.get("alignment")).stream().map(this::map).toList();

        assertThat(alignments).isNotEmpty().allSatisfy(alignment -> {
            URI target = URI.create(String.valueOf(alignment.get("targetUrl")));
            HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET(target.getPath()), String.class);
            assertThat(page.code()).as(target.toString()).isEqualTo(200);
            assertThat(page.body()).contains(String.valueOf(alignment.get("targetName")));
        });
    }

    private HttpResponse<String> downloadBadge(Person person, Certificate certificate) {
        return client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + certificate.id() + "/badge")
                .bearerAuth(fixtures.login(client.toBlocking(), person)), String.class);
    }

    private int badgeStatus(Person person, Certificate certificate) {
        try {
            return downloadBadge(person, certificate).code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.code();
        }
    }

    private X509Certificate publishedSigningCertificate() throws Exception {
        String pem = client.toBlocking().retrieve(HttpRequest.GET("/api/certificates/signing-certificate"));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JWSVerifier verifierOf(X509Certificate certificate) {
        return new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey());
    }

    private Map<String, Object> payloadOf(String token) throws Exception {
        return json.readValue(JWSObject.parse(token).getPayload().toString(), Argument.mapOf(String.class, Object.class));
    }

    private String statusOf(String path) {
        return String.valueOf(client.toBlocking().retrieve(HttpRequest.GET(path), Map.class).get("status"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
