package vn.ttcs.learn.certification;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Verification codes: 192 bits from SecureRandom, written URL-safe (base64url without padding, 32 characters), so
 * that a code cannot be guessed and can stand in a URL and a QR code as it is.
 */
final class VerificationCodes {

    private static final int BYTES = 24;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text could be a code at all; anything else is unknown without asking the database. */
    static boolean looksLikeOne(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
