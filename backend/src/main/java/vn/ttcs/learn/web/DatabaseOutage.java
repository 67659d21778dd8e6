package vn.ttcs.learn.web;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that cannot be reached from every other failure. The pool (HikariCP: "connection is not
 * available"), the MySQL and MariaDB drivers (a broken or refused connection) and H2 all report it as one of the
 * JDBC connection exceptions or with an SQLSTATE of class 08, wrapped in whatever Micronaut Data or the transaction
 * manager makes of it; Micronaut's own {@link ConnectionException} says a connection could not be had or set up (a
 * pooled connection that broke meanwhile answers only "Connection is closed"). Such a failure is answered 503 with Retry-After ({@link ProblemErrorResponseProcessor}), never
 * 500: the request may be sent again, and with its Idempotency-Key a submission is still stored once.
 */
public final class DatabaseOutage {

    /** How long a client should wait before it sends the request again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    /** Whether this failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For code that turns a failed write into a 409 (a unique key another request won): an outage must not look
     * like a conflict, so it is thrown on as it came.
     */
    public static <E extends RuntimeException> void rethrowIfOutage(E failure) {
        if (isCause(failure)) {
            throw failure;
        }
    }
}
