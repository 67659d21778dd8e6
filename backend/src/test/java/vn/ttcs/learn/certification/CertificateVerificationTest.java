package vn.ttcs.learn.certification;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

/** Anyone with a verification code learns whether the certificate is valid, expired or revoked; nobody else. */
@MicronautTest(transactional = false)
class CertificateVerificationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    AuditEventRepository audit;

    DataSource dataSource;

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Test
    void aValidCertificateVerifiesWithItsHolderCourseAndDatesAndNothingMore() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        Map<String, Object> answer = verify(certificate.verificationCode());
        assertThat(answer).containsEntry("status", "VALID").containsEntry("number", certificate.number())
                .containsEntry("holderName", certificate.holderName())
                .containsEntry("revokedOn", null).containsEntry("revocationReason", null);
        assertThat((Map<String, Object>) answer.get("courseTitle"))
                .containsEntry("vi", "Quan hệ báo chí và công tác phát ngôn");
        assertThat(answer.get("issuedOn")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answer.get("expiresOn")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answer).doesNotContainKeys("userId", "unitCode", "email", "competencies", "verificationCode");
    }

    @Test
    void aCertificatePastItsExpiryVerifiesAsExpired() throws SQLException {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        expire(certificate);
        assertThat(verify(certificate.verificationCode())).containsEntry("status", "EXPIRED");
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedWithDateAndReason() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        String reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());
        Map<String, Object> revoked = client.toBlocking().retrieve(HttpRequest.POST("/api/certificates/" + certificate.id()
                + "/revocation", json("reason", "Kết quả bài kiểm tra bị hủy do gian lận")).bearerAuth(reviewer),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(revoked).containsEntry("status", "REVOKED");

        Map<String, Object> answer = verify(certificate.verificationCode());
        assertThat(answer).containsEntry("status", "REVOKED")
                .containsEntry("revocationReason", "Kết quả bài kiểm tra bị hủy do gian lận");
        assertThat(answer.get("revokedOn")).isNotNull();
    }

    @Test
    void revocationOutranksExpiry() throws SQLException {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        revoke(certificate, fixtures.login(client.toBlocking(), fixtures.admin()), "Cấp nhầm");
        expire(certificate);
        assertThat(verify(certificate.verificationCode())).containsEntry("status", "REVOKED");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/certificates/verify/" + VerificationCodes.next()), Map.class));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void guessedCodesNeverVerify() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        String real = certificate.verificationCode();
        char last = real.charAt(real.length() - 1);
        String[] guesses = {real.substring(0, real.length() - 1) + (last == 'A' ? 'B' : 'A'), real.toUpperCase(),
                real.substring(1), real + "x", "0".repeat(32), "%25", "' OR '1'='1", String.valueOf(certificate.id()),
                certificate.number()};
        for (String guess : guesses) {
            if (guess.equals(real)) {
                continue;
            }
            var answer = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/certificates/verify/"
                    + java.net.URLEncoder.encode(guess, java.nio.charset.StandardCharsets.UTF_8)), Map.class));
            assertThat(answer.status()).as(guess).isEqualTo(404);
        }
    }

    @Test
    void thePublicPageShowsTheStatusInVietnameseAndEnglishWithoutScript() {
        var person = fixtures.person("page", fixtures.provinceA(), Set.of(Role.TRAINEE),
                "Lê Thị <script>alert(1)</script> & \"Hà\"");
        Certificate certificate = certificates.pressCertificate(person);
        HttpResponse<String> page = client.toBlocking().exchange(
                HttpRequest.GET("/verify/" + certificate.verificationCode()), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType().orElseThrow().getName()).isEqualTo("text/html");
        String html = page.body();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">")
                .contains("Còn hiệu lực").contains("Valid").contains(certificate.number())
                .contains("Quan hệ báo chí và công tác phát ngôn")
                .contains("Lê Thị &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Hà&quot;");
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script>");
        assertThat(html.indexOf("Còn hiệu lực")).isLessThan(html.indexOf("Valid"));
        assertThat(page.getHeaders().get("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void thePublicPageOfARevokedCertificateSaysWhyAndOfAnUnknownCodeIsNotFound() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        revoke(certificate, fixtures.login(client.toBlocking(), fixtures.admin()), "Thông tin hồ sơ không đúng");
        String html = client.toBlocking().retrieve(HttpRequest.GET("/verify/" + certificate.verificationCode()));
        assertThat(html).contains("Đã thu hồi").contains("Revoked").contains("Thông tin hồ sơ không đúng");

        var unknown = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/verify/" + VerificationCodes.next()),
                String.class));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.exception().getResponse().getBody(String.class).orElse(""))
                .contains("Không tìm thấy chứng nhận").doesNotContain("<script");
    }

    @Test
    void thePublicPageTakesItsLookFromAStylesheetFileSoThePolicyNeedsNoInlineStyle() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        HttpResponse<String> page = client.toBlocking().exchange(
                HttpRequest.GET("/verify/" + certificate.verificationCode()), String.class);

        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/static/verification.css\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .doesNotContain("<style").doesNotContain(" style=");
        assertThat(page.getHeaders().get("Content-Security-Policy")).contains("style-src 'self'")
                .doesNotContain("unsafe-inline");
        HttpResponse<String> css = client.toBlocking().exchange(HttpRequest.GET("/static/verification.css"),
                String.class);
        assertThat(css.getContentType().orElseThrow().getName()).isEqualTo("text/css");
        assertThat(css.body()).contains(".status").contains("@media (min-width: 40rem)");
    }

    @Test
    void aBrowserOpeningAnUnknownCodeGetsTheVerificationPagesNotFoundNotTheApp() {
        for (String code : new String[]{VerificationCodes.next(), "ma-khong-hop-le", "TTCS-2026-000001.pdf"}) {
            var answer = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/verify/" + code)
                    .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), String.class));
            String html = answer.exception().getResponse().getBody(String.class).orElse("");
            assertThat(answer.status()).as(code).isEqualTo(404);
            assertThat(html).as(code).contains("Không tìm thấy chứng nhận với mã xác thực này.")
                    .contains("/static/verification.css").doesNotContain("id=\"app\"");
        }
    }

    @Test
    void revocationNeedsAReasonIsAuditedAndHappensOnce() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        var reviewer = fixtures.reviewer();
        String token = fixtures.login(client.toBlocking(), reviewer);

        for (Map<String, Object> body : new Map[]{json(), json("reason", ""), json("reason", "   ")}) {
            var refused = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/certificates/"
                    + certificate.id() + "/revocation", body).bearerAuth(token), Map.class));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors()).extracting(e -> e.get("field")).containsExactly("reason");
        }
        assertThat(verify(certificate.verificationCode())).containsEntry("status", "VALID");

        revoke(certificate, token, "Đơn vị đề nghị thu hồi");
        assertThat(audit.findByTargetOrderByIdDesc("certificate:" + certificate.number()))
                .filteredOn(e -> e.action().equals("CERTIFICATE_REVOKED")).singleElement().satisfies(e -> {
                    assertThat(e.actorUsername()).isEqualTo(reviewer.username());
                    assertThat(e.detail()).isEqualTo("Đơn vị đề nghị thu hồi");
                    assertThat(e.occurredAt()).isNotNull();
                });

        var again = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/certificates/"
                + certificate.id() + "/revocation", json("reason", "Lần nữa")).bearerAuth(token), Map.class));
        assertThat(again.status()).isEqualTo(409);
        assertThat(verify(certificate.verificationCode())).containsEntry("revocationReason", "Đơn vị đề nghị thu hồi");
    }

    @Test
    void traineesAndUnitManagersCannotRevoke() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(trainee);
        for (var person : new Fixtures.Person[]{trainee, fixtures.unitManager(fixtures.provinceA())}) {
            String token = fixtures.login(client.toBlocking(), person);
            var refused = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/certificates/"
                    + certificate.id() + "/revocation", json("reason", "tự thu hồi")).bearerAuth(token), Map.class));
            assertThat(refused.status()).isEqualTo(403);
        }
        assertThat(verify(certificate.verificationCode())).containsEntry("status", "VALID");
    }

    @Test
    void theSigningCertificateIsPublishedWithItsFingerprint() {
        HttpResponse<String> answer = client.toBlocking().exchange(
                HttpRequest.GET("/api/certificates/signing-certificate"), String.class);
        assertThat(answer.body()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(answer.getHeaders().get("X-Certificate-SHA256")).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verify(String code) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/certificates/verify/" + code), Map.class);
    }

    private void revoke(Certificate certificate, String token, String reason) {
        client.toBlocking().exchange(HttpRequest.POST("/api/certificates/" + certificate.id() + "/revocation",
                json("reason", reason)).bearerAuth(token), Map.class);
    }

    /** As if its validity had run out: the expiry moved to yesterday. */
    private void expire(Certificate certificate) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE certificate SET expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
            update.setLong(2, certificate.id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
