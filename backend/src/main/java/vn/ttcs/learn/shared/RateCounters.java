package vn.ttcs.learn.shared;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rate limits shared by every instance of the platform: counters in the database ({@code rate_counter}), one row per
 * key and fixed window, each hit one atomic upsert. A key is within its limit while the hits of the current and the
 * previous window together stay at or under it, so no span of one window ever holds more than the limit, whichever
 * instance took each request. Refused requests count too: a client that keeps trying stays held until it pauses.
 * The SQL is plain enough for H2 (MySQL mode) and MySQL alike.
 */
@Singleton
public class RateCounters {

    private static final Logger LOG = LoggerFactory.getLogger(RateCounters.class);
    private static final int MAX_KEY_LENGTH = 190;

    private static final String HIT = """
            INSERT INTO rate_counter (counter_key, window_start, hits, expires_at) VALUES (?, ?, 1, ?)
            ON DUPLICATE KEY UPDATE hits = hits + 1""";
    private static final String RECENT_HITS = """
            SELECT COALESCE(SUM(hits), 0) FROM rate_counter WHERE counter_key = ? AND window_start >= ?""";
    private static final String CLEAR = "DELETE FROM rate_counter WHERE counter_key = ?";
    private static final String PURGE = "DELETE FROM rate_counter WHERE expires_at < ?";

    private final JdbcOperations jdbc;

    RateCounters(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a hit of {@code key}; empty when it is within {@code limit} per {@code window}, else how long to wait. */
    @Transactional
    public Optional<Duration> hit(String key, int limit, Duration window) {
        Window now = Window.of(window, Instant.now());
        count(key, now);
        return heldFor(key, now, limit);
    }

    /** Counts a hit of {@code key} without asking whether it is within a limit (a failed sign-in, say). */
    @Transactional
    public void count(String key, Duration window) {
        count(key, Window.of(window, Instant.now()));
    }

    /** Without counting: empty while {@code key} has fewer than {@code limit} hits per {@code window}. */
    @Transactional
    public Optional<Duration> check(String key, int limit, Duration window) {
        return heldFor(key, Window.of(window, Instant.now()), limit - 1);
    }

    /** Forgets every hit of {@code key} (a successful sign-in clears the account's failures). */
    @Transactional
    public void clear(String key) {
        jdbc.prepareStatement(CLEAR, statement -> {
            try {
                statement.setString(1, storedKey(key));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("Cannot clear the rate counter of " + key, e);
            }
        });
    }

    /** Deletes windows nobody asks about any more. Harmless on several instances at once: it only deletes. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    @Transactional
    void purge() {
        int deleted = jdbc.prepareStatement(PURGE, statement -> {
            try {
                statement.setTimestamp(1, Timestamp.from(Instant.now()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("Cannot purge old rate counters", e);
            }
        });
        LOG.debug("Rate counters: {} expired windows deleted", deleted);
    }

    private void count(String key, Window window) {
        jdbc.prepareStatement(HIT, statement -> {
            try {
                statement.setString(1, storedKey(key));
                statement.setLong(2, window.startMillis());
                // kept while it is the current or the previous window
                statement.setTimestamp(3, Timestamp.from(Instant.ofEpochMilli(window.endMillis() + window.millis())));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("Cannot count a hit of " + key, e);
            }
        });
    }

    private Optional<Duration> heldFor(String key, Window window, int allowed) {
        long hits = jdbc.prepareStatement(RECENT_HITS, statement -> {
            try {
                statement.setString(1, storedKey(key));
                statement.setLong(2, window.startMillis() - window.millis());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new DataAccessException("Cannot read the rate counter of " + key, e);
            }
        });
        return hits > allowed ? Optional.of(Duration.ofMillis(window.endMillis() - window.nowMillis()))
                : Optional.empty();
    }

    /** Long keys (a name someone typed) are stored as their SHA-256, so that any key fits the column. */
    static String storedKey(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 40) + "…sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixed window of {@code length} that holds {@code now}: windows start at multiples of their length. */
    private record Window(long millis, long startMillis, long nowMillis) {

        static Window of(Duration length, Instant now) {
            long millis = Math.max(1, length.toMillis());
            long at = now.toEpochMilli();
            return new Window(millis, at - Math.floorMod(at, millis), at);
        }

        long endMillis() {
            return startMillis + millis;
        }
    }
}
