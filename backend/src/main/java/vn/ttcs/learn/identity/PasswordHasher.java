package vn.ttcs.learn.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Passwords people choose are hashed with BCrypt (slow, salted; long passphrases are pre-hashed with SHA-512 so
 * Vietnamese text past 72 bytes still counts). Temporary passwords the platform generates carry 120 random bits,
 * which no offline guessing can reach, so they are stored as SHA-256 and are good only until the user sets a
 * password of their own; this keeps a bulk import of thousands of trainees fast.
 */
@Singleton
public class PasswordHasher {

    private static final String TEMPORARY_PREFIX = "tmp-sha256$";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int TEMPORARY_LENGTH = 21;

    private final int cost;
    private final PasswordWorkLimit limit;
    private final SecureRandom random = new SecureRandom();
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifyer;
    /** Made at the first sign-in with an unknown name, not at start: a BCrypt hash is a quarter-second of CPU. */
    private volatile String dummyHash;

    PasswordHasher(@Value("${ttcs.security.bcrypt-cost:12}") int cost, PasswordWorkLimit limit) {
        this.cost = cost;
        this.limit = limit;
        this.hasher = BCrypt.with(BCrypt.Version.VERSION_2B, random,
                LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
        this.verifyer = BCrypt.verifyer(BCrypt.Version.VERSION_2B,
                LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    }

    public String hash(String password) {
        return limit.run(() -> hasher.hashToString(cost, password.toCharArray()));
    }

    public String newTemporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    public String hashTemporary(String temporaryPassword) {
        return TEMPORARY_PREFIX + sha256(temporaryPassword);
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash.startsWith(TEMPORARY_PREFIX)) {
            return MessageDigest.isEqual(sha256(password).getBytes(StandardCharsets.US_ASCII),
                    storedHash.substring(TEMPORARY_PREFIX.length()).getBytes(StandardCharsets.US_ASCII));
        }
        return limit.run(() -> verifyer.verify(password.toCharArray(), storedHash.toCharArray()).verified);
    }

    /** Spends the same time as a real check, so an unknown user cannot be told from a wrong password. */
    public void burnTime(String password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash("a password that nobody has");
            dummyHash = dummy;
        }
        String hashToBurn = dummy;
        limit.run(() -> verifyer.verify(password.toCharArray(), hashToBurn.toCharArray()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
