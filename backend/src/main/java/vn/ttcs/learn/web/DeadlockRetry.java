package vn.ttcs.learn.web;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when the database chose it as the victim of a deadlock. Writes that also move the
 * report tallies (a certificate issued, an enrolment made) lock shared counter rows; two of them at the same moment
 * can deadlock on MySQL, which then rolls one back whole and asks for it to be restarted (SQLSTATE 40001, error 1213).
 * Nothing of the victim was kept, so running it again is safe.
 */
public final class DeadlockRetry {

    static final int ATTEMPTS = 4;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int MYSQL_DEADLOCK = 1213;

    private DeadlockRetry() {
    }

    /** The transaction's result; a deadlock is retried up to {@value #ATTEMPTS} times in all, anything else is thrown. */
    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isDeadlock(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    public static void run(Runnable transaction) {
        run(() -> {
            transaction.run();
            return null;
        });
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (SERIALIZATION_FAILURE.equals(sql.getSQLState())
                    || sql.getErrorCode() == MYSQL_DEADLOCK)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Deadlock found when trying to get lock")) {
                return true; // some data layers keep only the driver's message, not the SQLException
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a deadlocked transaction", e);
        }
    }
}
