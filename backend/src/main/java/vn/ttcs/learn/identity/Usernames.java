package vn.ttcs.learn.identity;

import java.util.Locale;

/** Usernames are lower-case ASCII letters, digits, '.', '_' and '-', so they can be typed on any keyboard. */
final class Usernames {

    static final String PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";
    static final String RULE = "must be 3 to 64 lower-case letters (a-z), digits, '.', '_' or '-', starting with a letter or digit";

    private Usernames() {
    }

    static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
