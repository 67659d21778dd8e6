package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.annotation.Nullable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The platform's key that signs certificate PDFs, with its X.509 certificate chain, loaded once at start (beside the
 * rest of the start, which waits for it before the server takes requests).
 * <ul>
 *   <li>Configured: a PKCS#12 file ({@code TTCS_SIGNING_KEYSTORE}, {@code TTCS_SIGNING_KEYSTORE_PASSWORD}, optional
 *       {@code TTCS_SIGNING_KEY_ALIAS}), for example one whose certificate a government CA issued.</li>
 *   <li>Embedded default (nothing configured): an RSA key and a self-signed certificate generated on first start and
 *       kept in the data folder ({@code certificate-signing.p12}, its password in
 *       {@code certificate-signing.password}, both readable by the owner only), as the session key is.</li>
 * </ul>
 * With an external database the key must be configured (the start refuses otherwise, see EmbeddedDefaults), so that
 * every instance signs with the same key.
 */
@Context
final class SigningKey implements ApplicationEventListener<StartupEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);

    static final String GENERATED_KEYSTORE = "certificate-signing.p12";
    static final String GENERATED_PASSWORD = "certificate-signing.password";
    static final String GENERATED_ALIAS = "ttcs-certificate-signing";
    private static final Duration GENERATED_VALIDITY = Duration.ofDays(3653);

    /** The key with the signer's certificate first, then any issuers. */
    private record Loaded(PrivateKey privateKey, List<X509Certificate> chain) {
    }

    private final CompletableFuture<Loaded> loading;

    /**
     * Starts reading the key on a thread of its own: opening a PKCS#12 file derives keys three times with 10,000
     * rounds each (a third of a second on a JVM that has just started), which then overlaps the rest of the start.
     * The start still waits for it and fails when the key cannot be read ({@link #onApplicationEvent}).
     */
    SigningKey(@Nullable @Value("${ttcs.certificates.signing.keystore:}") String keystore,
               @Nullable @Value("${ttcs.certificates.signing.keystore-password:}") String password,
               @Nullable @Value("${ttcs.certificates.signing.key-alias:}") String alias,
               @Value("${ttcs.data-dir}") String dataDir,
               CertificateSettings settings) {
        String platformName = settings.platformName();
        this.loading = CompletableFuture.supplyAsync(() -> read(keystore, password, alias, dataDir, platformName),
                task -> {
                    Thread thread = new Thread(task, "signing-key");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** Before the server takes requests: the key is read, or the start fails with the reason. */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        loaded();
    }

    /** After the other start-up work, so that reading the key overlaps it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private Loaded loaded() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Loaded read(@Nullable String keystore, @Nullable String password, @Nullable String alias,
                               String dataDir, String platformName) {
        KeyStore store;
        char[] secret;
        if (keystore != null && !keystore.isBlank()) {
            secret = password == null ? new char[0] : password.toCharArray();
            store = load(Path.of(keystore), secret);
        } else {
            Path folder = Path.of(dataDir);
            secret = readOrCreate(folder, platformName);
            store = load(folder.resolve(GENERATED_KEYSTORE), secret);
        }
        Loaded loaded;
        try {
            String chosen = alias != null && !alias.isBlank() ? alias : firstKeyAlias(store);
            if (!store.isKeyEntry(chosen)) {
                throw new IllegalStateException("The signing keystore has no private key under the alias '" + chosen + "'");
            }
            Certificate[] certificates = store.getCertificateChain(chosen);
            loaded = new Loaded((PrivateKey) store.getKey(chosen, secret),
                    java.util.Arrays.stream(certificates).map(c -> (X509Certificate) c).toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate signing key: " + e.getMessage(), e);
        }
        LOG.info("Certificates are signed by '{}' (SHA-256 fingerprint {})",
                loaded.chain().get(0).getSubjectX500Principal().getName(), fingerprint(loaded.chain().get(0)));
        return loaded;
    }

    PrivateKey privateKey() {
        return loaded().privateKey();
    }

    /** The signer's certificate first, then any issuers. */
    List<X509Certificate> chain() {
        return loaded().chain();
    }

    X509Certificate certificate() {
        return chain().get(0);
    }

    /** SHA-256 of the signing certificate, as hex pairs: what a person compares with the one a PDF reader shows. */
    String fingerprint() {
        return fingerprint(certificate());
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String certificatePem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate().getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the certificate signing keystore " + file.toAbsolutePath()
                    + " (TTCS_SIGNING_KEYSTORE, TTCS_SIGNING_KEYSTORE_PASSWORD): " + e.getMessage(), e);
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("The signing keystore holds no private key");
    }

    /** The password of the generated keystore; generates both on first start. */
    private static synchronized char[] readOrCreate(Path folder, String platformName) {
        Path keystore = folder.resolve(GENERATED_KEYSTORE);
        Path passwordFile = folder.resolve(GENERATED_PASSWORD);
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                return Files.readString(passwordFile, StandardCharsets.US_ASCII).trim().toCharArray();
            }
            Files.createDirectories(folder);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            KeyPair pair = newKeyPair();
            X509Certificate certificate = selfSigned(pair, platformName);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), password, new Certificate[]{certificate});
            Path passwordTemp = Files.createTempFile(folder, GENERATED_PASSWORD, ".tmp");
            Path keystoreTemp = Files.createTempFile(folder, GENERATED_KEYSTORE, ".tmp");
            ownerOnly(passwordTemp);
            ownerOnly(keystoreTemp);
            Files.writeString(passwordTemp, new String(password), StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(keystoreTemp)) {
                store.store(out, password);
            }
            Files.move(passwordTemp, passwordFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(keystoreTemp, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("First start: generated a certificate signing key with a self-signed certificate in {}. "
                    + "Back it up with the database; to use your own, set TTCS_SIGNING_KEYSTORE (docs/certificates.md).",
                    keystore.toAbsolutePath());
            return password;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot keep the certificate signing key in " + folder.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair, String platformName)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, platformName + " certificate signing")
                .addRDN(BCStyle.O, platformName)
                .addRDN(BCStyle.C, "VN")
                .build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(GENERATED_VALIDITY)), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(pair.getPublic()));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }
}
