package vn.ttcs.learn.certification;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    static final CertificateSettings SETTINGS = new CertificateSettings("http://localhost:8080", "TTCS Learn", null,
            null, "TTCS", "Asia/Ho_Chi_Minh");

    @Test
    void withNothingConfiguredAKeyIsGeneratedOnFirstStartAndKeptInTheDataFolder(@TempDir Path data) throws Exception {
        SigningKey first = new SigningKey(null, null, null, data.toString(), SETTINGS);
        SigningKey second = new SigningKey(null, null, null, data.toString(), SETTINGS);

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("CN=TTCS Learn certificate signing");
        assertThat(first.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(Files.getPosixFilePermissions(data.resolve(SigningKey.GENERATED_KEYSTORE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data.resolve(SigningKey.GENERATED_PASSWORD)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(data)) {
            assertThat(files).as("no temporary files are left behind").hasSize(2);
        }
    }

    @Test
    void aConfiguredKeystoreIsUsedInsteadWithItsAlias(@TempDir Path data, @TempDir Path elsewhere) throws Exception {
        SigningKey generated = new SigningKey(null, null, null, elsewhere.toString(), SETTINGS);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("bo-vhttdl", generated.privateKey(), "mat-khau-123".toCharArray(),
                new Certificate[]{generated.certificate()});
        Path file = data.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "mat-khau-123".toCharArray());
        }

        SigningKey configured = new SigningKey(file.toString(), "mat-khau-123", "bo-vhttdl", data.toString(), SETTINGS);

        assertThat(configured.fingerprint()).isEqualTo(generated.fingerprint());
        assertThat(Files.exists(data.resolve(SigningKey.GENERATED_KEYSTORE))).as("nothing generated").isFalse();
        assertThatThrownBy(() -> started(new SigningKey(file.toString(), "wrong", null, data.toString(), SETTINGS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TTCS_SIGNING_KEYSTORE");
        assertThatThrownBy(() -> started(new SigningKey(file.toString(), "mat-khau-123", "no-such", data.toString(),
                SETTINGS))).isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such");
    }

    @Test
    void aKeystoreThatCannotBeReadStopsTheStart(@TempDir Path data) throws Exception {
        SigningKey generated = new SigningKey(null, null, null, data.toString(), SETTINGS);
        Path file = data.resolve("signing.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("ttcs", generated.privateKey(), "dung".toCharArray(),
                new Certificate[]{generated.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "dung".toCharArray());
        }

        assertThatThrownBy(() -> ApplicationContext.builder().environments("test")
                .properties(Map.of("ttcs.certificates.signing.keystore", file.toString(),
                        "ttcs.certificates.signing.keystore-password", "sai"))
                .start().close())
                .hasStackTraceContaining("TTCS_SIGNING_KEYSTORE");
    }

    /** What the start does with the key: waits until it is read. */
    private static SigningKey started(SigningKey key) {
        key.onApplicationEvent(null);
        return key;
    }

    @Test
    void thePublishedCertificateIsPem() {
        SigningKey key = new SigningKey(null, null, null, "target/test-data", SETTINGS);
        assertThat(key.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n");
    }
}
