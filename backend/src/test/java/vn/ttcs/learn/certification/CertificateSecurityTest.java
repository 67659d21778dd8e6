package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * A certificate's PDF reaches its holder, the holder's unit managers, reviewers and administrators; for anyone else
 * it does not exist. Downloads return the bytes stored at issue, always.
 */
@MicronautTest(transactional = false)
class CertificateSecurityTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    AppUserRepository users;

    @Test
    void thePdfReachesTheHolderTheirUnitManagerReviewersAndAdminsAndNobodyElse() {
        var unitA = fixtures.provinceA();
        Person holder = fixtures.trainee(unitA);
        Certificate certificate = certificates.pressCertificate(holder);

        Map<String, Integer> answers = new HashMap<>();
        answers.put("holder", pdfStatus(holder, certificate));
        answers.put("another trainee of the unit", pdfStatus(fixtures.trainee(unitA), certificate));
        answers.put("manager of the holder's unit", pdfStatus(fixtures.unitManager(unitA), certificate));
        answers.put("manager of another unit", pdfStatus(fixtures.unitManager(fixtures.provinceB()), certificate));
        answers.put("trainer", pdfStatus(fixtures.trainer(), certificate));
        answers.put("reviewer", pdfStatus(fixtures.reviewer(), certificate));
        answers.put("admin", pdfStatus(fixtures.admin(), certificate));

        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(
                "holder", 200, "another trainee of the unit", 404, "manager of the holder's unit", 200,
                "manager of another unit", 404, "trainer", 404, "reviewer", 200, "admin", 200));
        assertThat(failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/certificates/" + certificate.id() + "/pdf"), byte[].class)).status())
                .isEqualTo(401);
    }

    @Test
    void anUnknownCertificateAndSomeoneElsesLookTheSame() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        String other = fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()));
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + certificate.id()
                + "/pdf").bearerAuth(other), byte[].class)).status()).isEqualTo(404);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + Long.MAX_VALUE
                + "/pdf").bearerAuth(other), byte[].class)).status()).isEqualTo(404);
    }

    @Test
    void aDownloadReturnsTheStoredBytesEveryTimeEvenAfterTheHolderIsRenamed() {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        String token = fixtures.login(client.toBlocking(), holder);

        HttpResponse<byte[]> first = download(token, certificate);
        byte[] second = download(token, certificate).body();
        AppUser user = users.findById(holder.id()).orElseThrow();
        users.update(new AppUser(user.id(), user.username(), "Phạm Minh Châu", user.email(), user.jobTitle(),
                user.unitCode(), user.passwordHash(), user.enabled(), user.mustChangePassword(), user.createdAt(),
                user.updatedAt(), user.version()));
        byte[] afterRename = download(token, certificate).body();

        assertThat(first.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
        assertThat(first.getHeaders().get("Content-Disposition")).contains(certificate.number() + ".pdf");
        assertThat(first.body()).startsWith("%PDF-".getBytes());
        assertThat(second).isEqualTo(first.body());
        assertThat(afterRename).isEqualTo(first.body());
        assertThat(CertificateIssuer.sha256(afterRename)).isEqualTo(certificate.pdfSha256());
    }

    @Test
    void aPdfDownloadedBeforeIsStillOnlyForThoseWhoMayHaveIt() {
        var unitA = fixtures.provinceA();
        var unitB = fixtures.provinceB();
        Person holder = fixtures.trainee(unitA);
        Certificate certificate = certificates.pressCertificate(holder);
        byte[] issued = download(fixtures.login(client.toBlocking(), holder), certificate).body();

        assertThat(pdfStatus(fixtures.trainee(unitA), certificate)).isEqualTo(404);
        assertThat(pdfStatus(fixtures.unitManager(unitB), certificate)).isEqualTo(404);

        AppUser user = users.findById(holder.id()).orElseThrow();
        users.update(new AppUser(user.id(), user.username(), user.fullName(), user.email(), user.jobTitle(),
                unitB.code(), user.passwordHash(), user.enabled(), user.mustChangePassword(), user.createdAt(),
                user.updatedAt(), user.version()));
        Person managerOfB = fixtures.unitManager(unitB);
        assertThat(download(fixtures.login(client.toBlocking(), managerOfB), certificate).body())
                .as("the manager of the unit the holder moved to").isEqualTo(issued);
    }

    @Test
    void aRevokedCertificatesPdfIsStillThePdfAsIssued() {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        String token = fixtures.login(client.toBlocking(), holder);
        byte[] before = download(token, certificate).body();

        client.toBlocking().exchange(HttpRequest.POST("/api/certificates/" + certificate.id() + "/revocation",
                Map.of("reason", "Cấp nhầm")).bearerAuth(fixtures.login(client.toBlocking(), fixtures.reviewer())));

        HttpResponse<byte[]> after = download(token, certificate);
        assertThat(after.code()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
        assertThat(after.getHeaders().get("ETag")).isEqualTo("\"" + certificate.pdfSha256() + "\"");
    }

    @Test
    void myCertificatesListsOnlyMineWithExpiryAndShareLink() {
        Person holder = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(holder);
        certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        String token = fixtures.login(client.toBlocking(), holder);

        List<Map<String, Object>> mine = client.toBlocking().retrieve(HttpRequest.GET("/api/me/certificates")
                .bearerAuth(token), io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(
                String.class, Object.class)));

        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("number", certificate.number()).containsEntry("status", "VALID")
                    .containsEntry("expiresSoon", false)
                    .containsEntry("verificationUrl", "http://localhost:8080/verify/" + certificate.verificationCode())
                    .containsEntry("pdfUrl", "/api/certificates/" + certificate.id() + "/pdf");
            assertThat(c.get("expiresOn")).isNotNull();
            assertThat((List<?>) c.get("competencies")).hasSize(3);
        });
    }

    @Test
    void aUnitsZipHoldsTheStoredPdfsOfThatUnitOnly() throws IOException {
        var unitA = fixtures.provinceA();
        Certificate inA = certificates.pressCertificate(fixtures.trainee(unitA));
        Certificate alsoInA = certificates.pressCertificate(fixtures.trainee(unitA));
        Certificate inB = certificates.pressCertificate(fixtures.trainee(fixtures.provinceB()));
        String manager = fixtures.login(client.toBlocking(), fixtures.unitManager(unitA));
        String holderToken = fixtures.login(client.toBlocking(), users.findById(inA.userId())
                .map(u -> new Person(u.id(), u.username(), Fixtures.PASSWORD, u.unitCode())).orElseThrow());

        HttpResponse<byte[]> zip = client.toBlocking().exchange(HttpRequest.GET("/api/units/" + unitA.code()
                + "/certificates.zip").bearerAuth(manager), byte[].class);

        assertThat(zip.getContentType().orElseThrow().toString()).isEqualTo("application/zip");
        assertThat(zip.getHeaders().get("Content-Disposition")).contains("certificates-" + unitA.code() + ".zip");
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).containsKeys(inA.number() + ".pdf", alsoInA.number() + ".pdf")
                .doesNotContainKey(inB.number() + ".pdf");
        assertThat(entries.get(inA.number() + ".pdf")).isEqualTo(download(holderToken, inA).body());
        assertThat(entries.keySet()).allSatisfy(name -> assertThat(name).matches("TTCS-\\d{4}-\\d{6}\\.pdf"));
    }

    @Test
    void anotherUnitsZipAndListAreNotFoundForAUnitManager() {
        String manager = fixtures.login(client.toBlocking(), fixtures.unitManager(fixtures.provinceB()));
        String unitA = fixtures.provinceA().code();
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/units/" + unitA
                + "/certificates.zip").bearerAuth(manager), byte[].class)).status()).isEqualTo(404);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/units/" + unitA
                + "/certificates").bearerAuth(manager), Map.class)).status()).isEqualTo(404);
        String reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/api/units/" + unitA + "/certificates.zip")
                .bearerAuth(reviewer), byte[].class).code()).isEqualTo(200);
    }

    @Test
    void aUnitManagerSeesTheUnitsCertificatesThatExpireSoon() {
        var unitA = fixtures.provinceA();
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(unitA));
        String manager = fixtures.login(client.toBlocking(), fixtures.unitManager(unitA));
        List<Map<String, Object>> all = client.toBlocking().retrieve(HttpRequest.GET("/api/units/" + unitA.code()
                + "/certificates").bearerAuth(manager), io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> soon = client.toBlocking().retrieve(HttpRequest.GET("/api/units/" + unitA.code()
                + "/certificates?expiringSoon=true").bearerAuth(manager), io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(all).extracting(c -> c.get("number")).contains(certificate.number());
        assertThat(soon).extracting(c -> c.get("number")).doesNotContain(certificate.number());
        assertThat(soon).allSatisfy(c -> assertThat(c).containsEntry("expiresSoon", true));
    }

    private int pdfStatus(Person person, Certificate certificate) {
        String token = fixtures.login(client.toBlocking(), person);
        try {
            return download(token, certificate).code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.code();
        }
    }

    private HttpResponse<byte[]> download(String token, Certificate certificate) {
        return client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + certificate.id() + "/pdf")
                .bearerAuth(token), byte[].class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
