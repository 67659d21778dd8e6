package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Opens and closes sessions. The access token is a signed JWT that names its session. */
@Singleton
public class SessionService {

    public record OpenedSession(String sessionId, String accessToken, Duration lifetime) {
    }

    private final UserSessionRepository sessions;
    private final TokenGenerator tokens;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    SessionService(UserSessionRepository sessions, TokenGenerator tokens,
                   @Value("${ttcs.security.session-lifetime:8h}") Duration lifetime) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    OpenedSession open(AppUser user, List<Role> roles, String remoteAddress) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        sessions.save(new UserSession(id, user.id(), now, now.plus(lifetime), null, remoteAddress));
        Authentication authentication = Authentication.build(user.username(),
                roles.stream().map(Role::name).toList(),
                Map.of(CurrentUser.USER_ID, user.id(), CurrentUser.SESSION_ID, id, CurrentUser.UNIT, user.unitCode()));
        String token = tokens.generateToken(authentication, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new OpenedSession(id, token, lifetime);
    }

    boolean isActive(String sessionId) {
        return sessions.countActive(sessionId, Instant.now()) > 0;
    }

    void close(String sessionId) {
        sessions.revoke(sessionId, Instant.now());
    }

    /** Ends every session of the user except {@code keep} (pass "" to end all). */
    void closeAllOf(long userId, String keep) {
        sessions.revokeAllOfUserExcept(userId, keep, Instant.now());
    }
}
