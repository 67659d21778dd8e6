package vn.ttcs.learn.operations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup procedure of docs/operations.md for the embedded database, run for real: with the platform stopped,
 * H2's Script tool (inside the runnable jar) writes an SQL backup; RunScript restores it into an empty
 * database; the platform started on the restored database still verifies the same certificate and serves the same
 * PDF bytes.
 */
class EmbeddedBackupTest {

    private static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseStillVerifiesTheSameCertificates() throws Exception {
        String original = "jdbc:h2:file:" + dir.resolve("data/ttcs") + H2_OPTIONS;
        String restored = "jdbc:h2:file:" + dir.resolve("restored/ttcs") + H2_OPTIONS;
        Path backup = dir.resolve("ttcs-backup.sql");

        Certificate issued;
        byte[] pdf;
        try (EmbeddedServer platform = start(original); HttpClient client = clientOf(platform)) {
            Fixtures fixtures = platform.getApplicationContext().getBean(Fixtures.class);
            var holder = fixtures.person("backup", fixtures.provinceA(), java.util.Set.of(vn.ttcs.learn.identity.Role.TRAINEE),
                    "Đặng Thị Hồng Nhung");
            issued = platform.getApplicationContext().getBean(CertificateFixtures.class).pressCertificate(holder);
            pdf = client.toBlocking().retrieve(HttpRequest.GET("/api/certificates/" + issued.id() + "/pdf")
                    .bearerAuth(fixtures.login(client.toBlocking(), holder)), byte[].class);
        }

        Script.main("-url", original, "-user", "sa", "-password", "", "-script", backup.toString());
        assertThat(Files.size(backup)).isPositive();
        RunScript.main("-url", restored, "-user", "sa", "-password", "", "-script", backup.toString());

        try (EmbeddedServer platform = start(restored); HttpClient client = clientOf(platform)) {
            Map<?, ?> verification = client.toBlocking().retrieve(
                    HttpRequest.GET("/api/certificates/verify/" + issued.verificationCode()), Map.class);
            assertThat(verification.get("status")).isEqualTo("VALID");
            assertThat(verification.get("holderName")).isEqualTo("Đặng Thị Hồng Nhung");

            Fixtures fixtures = platform.getApplicationContext().getBean(Fixtures.class);
            String admin = fixtures.login(client.toBlocking(), fixtures.admin());
            byte[] again = client.toBlocking().retrieve(HttpRequest.GET("/api/certificates/" + issued.id() + "/pdf")
                    .bearerAuth(admin), byte[].class);
            assertThat(again).isEqualTo(pdf);
        }
    }

    private EmbeddedServer start(String url) {
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("datasources.default.url", url, "datasources.default.username", "sa",
                        "datasources.default.password", "", "ttcs.data-dir", dir.resolve("keys").toString()),
                "test");
    }

    private static HttpClient clientOf(EmbeddedServer platform) {
        return platform.getApplicationContext().createBean(HttpClient.class, platform.getURL());
    }
}
