package vn.ttcs.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With nothing configured the platform keeps its database and signing key in the data folder, and nowhere else. */
class EmbeddedDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void withoutConfigurationTheDatabaseAndTheSigningKeyLiveInTheDataFolder() throws Exception {
        Path data = dir.resolve("ttcs-data");
        Map<String, Object> first = EmbeddedDefaults.properties(Map.of("TTCS_DATA_DIR", data.toString())::get);
        assertThat((String) first.get("datasources.default.url"))
                .startsWith("jdbc:h2:file:" + data.toAbsolutePath() + "/ttcs;MODE=MySQL");
        assertThat(Files.readString(data.resolve(EmbeddedDefaults.SECRET_FILE)).trim())
                .isEqualTo(first.get("ttcs.security.jwt-secret")).hasSizeGreaterThanOrEqualTo(32);

        Map<String, Object> restart = EmbeddedDefaults.properties(Map.of("TTCS_DATA_DIR", data.toString())::get);
        assertThat(restart.get("ttcs.security.jwt-secret")).as("the key survives a restart")
                .isEqualTo(first.get("ttcs.security.jwt-secret"));
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredSecret() {
        assertThatThrownBy(() -> EmbeddedDefaults.properties(Map.of("TTCS_DB_URL", "jdbc:mysql://db/ttcs")::get))
                .hasMessageContaining("TTCS_JWT_SECRET");
        Map<String, Object> configured = EmbeddedDefaults.properties(Map.of("TTCS_DB_URL", "jdbc:mysql://db/ttcs",
                "TTCS_JWT_SECRET", "a-configured-secret-of-more-than-32-characters",
                "TTCS_SIGNING_KEYSTORE", "/etc/ttcs/signing.p12")::get);
        assertThat(configured).isEmpty();
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredCertificateSigningKey() {
        assertThatThrownBy(() -> EmbeddedDefaults.properties(Map.of("TTCS_DB_URL", "jdbc:mysql://db/ttcs",
                "TTCS_JWT_SECRET", "a-configured-secret-of-more-than-32-characters")::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TTCS_SIGNING_KEYSTORE");
    }
}
