package vn.ttcs.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The embedded default needs no set-up: without TTCS_DB_URL the platform runs on an H2 file database under the
 * data folder, and without TTCS_JWT_SECRET it signs sessions with a key generated on first start and kept in the
 * data folder; the certificate signing key is generated there too (certification/SigningKey). With an external
 * database both must be configured, since every instance must share them.
 */
final class EmbeddedDefaults {

    static final String SECRET_FILE = "jwt-secret";

    private EmbeddedDefaults() {
    }

    static Map<String, Object> properties(Function<String, String> env) {
        String dbUrl = env.apply("TTCS_DB_URL");
        String secret = env.apply("TTCS_JWT_SECRET");
        boolean externalDatabase = dbUrl != null && !dbUrl.isBlank();
        Path dataDir = Path.of(env.apply("TTCS_DATA_DIR") == null ? "data" : env.apply("TTCS_DATA_DIR"));
        Map<String, Object> properties = new HashMap<>();
        if (!externalDatabase) {
            properties.put("datasources.default.url", h2Url(dataDir));
        }
        if (secret == null || secret.isBlank()) {
            if (externalDatabase) {
                throw new IllegalStateException("TTCS_DB_URL is set but TTCS_JWT_SECRET is not: with an external "
                        + "database, configure a shared secret of at least 32 characters (for example: "
                        + "openssl rand -base64 48)");
            }
            properties.put("ttcs.security.jwt-secret", readOrCreateSecret(dataDir));
        }
        String signingKeystore = env.apply("TTCS_SIGNING_KEYSTORE");
        if (externalDatabase && (signingKeystore == null || signingKeystore.isBlank())) {
            throw new IllegalStateException("TTCS_DB_URL is set but TTCS_SIGNING_KEYSTORE is not: with an external "
                    + "database, configure the PKCS#12 keystore whose key signs certificates (and "
                    + "TTCS_SIGNING_KEYSTORE_PASSWORD), so that every instance signs with the same key; see "
                    + "docs/certificates.md");
        }
        return properties;
    }

    /**
     * The embedded database: an H2 file in MySQL mode, {@code ttcs.mv.db} in the data folder. {@code WRITE_DELAY=0}
     * writes every commit to the file as it happens: by default H2 keeps commits in memory for up to half a second, and
     * a killed process lost submissions it had already acknowledged ({@code KillMidRequestTest}).
     */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ttcs").toString().replace('\\', '/')
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0";
    }

    static String readOrCreateSecret(Path dataDir) {
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[48];
            new SecureRandom().nextBytes(key);
            String secret = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session signing key in " + file, e);
        }
    }
}
