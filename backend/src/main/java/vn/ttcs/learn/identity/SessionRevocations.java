package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions revoked while access tokens naming them may still be unexpired: what lets a request be
 * authenticated without a database round trip and still be refused after logout, a password change or a
 * disabled account.
 *
 * <p>A revocation made on this instance counts from that moment; one made on another instance counts from this
 * instance's next look at the database, every {@code ttcs.security.revocation-poll} (1 s by default). Each look
 * reads the sessions revoked since the previous one, less an overlap that absorbs clock differences between
 * instances and transactions that commit late. An entry is forgotten once every access token that could name it
 * has expired.
 */
@Singleton
class SessionRevocations implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocations.class);
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    private final UserSessionRepository sessions;
    private final Duration accessLifetime;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private volatile Instant lookedFrom;
    private volatile boolean failing;

    SessionRevocations(UserSessionRepository sessions,
                       @Value("${ttcs.security.access-token-lifetime:5m}") Duration accessLifetime) {
        this.sessions = sessions;
        this.accessLifetime = accessLifetime;
    }

    boolean isRevoked(String sessionId) {
        return revoked.containsKey(sessionId);
    }

    /** Counts the sessions just revoked here, before any poll would find them. */
    void revoked(Collection<String> sessionIds, Instant at) {
        sessionIds.forEach(id -> revoked.put(id, at));
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        look();
    }

    @Scheduled(fixedDelay = "${ttcs.security.revocation-poll:1s}", initialDelay = "${ttcs.security.revocation-poll:1s}")
    void look() {
        Instant now = Instant.now();
        Instant oldestThatMatters = now.minus(accessLifetime).minus(OVERLAP);
        Instant from = lookedFrom == null ? oldestThatMatters : lookedFrom.minus(OVERLAP);
        try {
            sessions.findRevokedSince(from).forEach(s -> revoked.put(s.id(), s.revokedAt()));
            lookedFrom = now;
            if (failing) {
                LOG.info("Session revocations are read again from the database");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Could not read session revocations (will retry every poll): {}", e.toString());
                failing = true;
            }
        }
        revoked.values().removeIf(at -> at.isBefore(oldestThatMatters));
    }
}
