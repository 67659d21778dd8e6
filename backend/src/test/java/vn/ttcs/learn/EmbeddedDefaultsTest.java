package vn.ttcs.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDefaultsTest {

    @Test
    void anExternalDatabaseNeedsAConfiguredCertificateSigningKey() {
        Map<String, String> env = Map.of("TTCS_DB_URL", "jdbc:mysql://db/ttcs", "TTCS_JWT_SECRET", "x".repeat(48));
        assertThatThrownBy(() -> EmbeddedDefaults.properties(env::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TTCS_SIGNING_KEYSTORE");
        Map<String, String> configured = Map.of("TTCS_DB_URL", "jdbc:mysql://db/ttcs", "TTCS_JWT_SECRET",
                "x".repeat(48), "TTCS_SIGNING_KEYSTORE", "/etc/ttcs/signing.p12");
        assertThat(EmbeddedDefaults.properties(configured::get)).isEmpty();
    }

    @Test
    void theEmbeddedDefaultNeedsNothingConfigured(@TempDir Path data) {
        Map<String, String> env = Map.of("TTCS_DATA_DIR", data.toString());
        assertThat(EmbeddedDefaults.properties(env::get)).containsKey("ttcs.security.jwt-secret");
    }
}
