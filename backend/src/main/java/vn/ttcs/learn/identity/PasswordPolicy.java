package vn.ttcs.learn.identity;

import vn.ttcs.learn.web.ProblemException;

/** A password of one's own: at least 12 characters (a passphrase is welcome), at most 200, not the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ProblemException.badRequest(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.equalsIgnoreCase(username)) {
            throw ProblemException.badRequest(field, "must not be the username");
        }
    }
}
