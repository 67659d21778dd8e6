package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens, renews and closes sessions. A session gives two tokens: a short-lived signed JWT that names the session
 * (checked without the database, see {@link SessionRevocations}) and a refresh token
 * ({@code <session id>.<secret>}) that buys a new access token while the session is open. The refresh token is
 * replaced at every use; the replaced one still works for {@link #REFRESH_GRACE} (two tabs refreshing at once),
 * and presenting it later ends the session, because only a copy can be presented after its replacement.
 */
@Singleton
public class SessionService {

    static final Duration REFRESH_GRACE = Duration.ofSeconds(30);

    /** {@code refreshToken} is null when a refresh within the grace renewed only the access token. */
    public record OpenedSession(String sessionId, String accessToken, Duration accessLifetime,
                                String refreshToken, Duration refreshLifetime) {
    }

    /** What a refresh ended in: a renewed session, or a refusal (naming the user when a replayed token ended it). */
    sealed interface Refresh permits Renewed, Refused {
    }

    record Renewed(OpenedSession session, AppUser user) implements Refresh {
    }

    record Refused(boolean replayed, AppUser user) implements Refresh {
    }

    private final UserSessionRepository sessions;
    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final SessionRevocations revocations;
    private final TokenGenerator tokens;
    private final Duration lifetime;
    private final Duration accessLifetime;
    private final SecureRandom random = new SecureRandom();

    SessionService(UserSessionRepository sessions, AppUserRepository users, UserRoleRepository roles,
                   SessionRevocations revocations, TokenGenerator tokens,
                   @Value("${ttcs.security.session-lifetime:8h}") Duration lifetime,
                   @Value("${ttcs.security.access-token-lifetime:5m}") Duration accessLifetime) {
        this.sessions = sessions;
        this.users = users;
        this.roles = roles;
        this.revocations = revocations;
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.accessLifetime = accessLifetime;
    }

    OpenedSession open(AppUser user, String remoteAddress) {
        String id = randomToken();
        String secret = randomToken();
        Instant now = Instant.now();
        sessions.save(new UserSession(id, user.id(), now, now.plus(lifetime), null, remoteAddress, sha256(secret),
                null, null));
        return tokensFor(user, id, now.plus(lifetime), now, id + "." + secret);
    }

    Refresh refresh(String refreshToken) {
        int dot = refreshToken.indexOf('.');
        if (dot <= 0) {
            return new Refused(false, null);
        }
        String id = refreshToken.substring(0, dot);
        String presented = sha256(refreshToken.substring(dot + 1));
        Instant now = Instant.now();
        Optional<UserSession> found = sessions.findById(id);
        if (found.isEmpty() || !found.get().isOpenAt(now)) {
            return new Refused(false, null);
        }
        UserSession session = found.get();
        Optional<AppUser> user = users.findById(session.userId()).filter(AppUser::enabled);
        if (user.isEmpty()) {
            return new Refused(false, null);
        }
        if (presented.equals(session.refreshHash())) {
            String secret = randomToken();
            if (sessions.rotate(id, presented, sha256(secret), now) == 1) {
                return new Renewed(tokensFor(user.get(), id, session.expiresAt(), now, id + "." + secret), user.get());
            }
            session = sessions.findById(id).orElse(session);
        }
        boolean justReplaced = presented.equals(session.previousRefreshHash()) && session.refreshedAt() != null
                && session.refreshedAt().plus(REFRESH_GRACE).isAfter(now);
        if (justReplaced && session.isOpenAt(now)) {
            return new Renewed(tokensFor(user.get(), id, session.expiresAt(), now, null), user.get());
        }
        close(id);
        return new Refused(true, user.get());
    }

    void close(String sessionId) {
        Instant now = Instant.now();
        sessions.revoke(sessionId, now);
        revocations.revoked(List.of(sessionId), now);
    }

    /** Ends every session of the user except {@code keep} (pass "" to end all). */
    void closeAllOf(long userId, String keep) {
        Instant now = Instant.now();
        List<String> open = sessions.findOpenIdsOfUserExcept(userId, keep, now);
        sessions.revokeAllOfUserExcept(userId, keep, now);
        revocations.revoked(open, now);
    }

    private OpenedSession tokensFor(AppUser user, String sessionId, Instant sessionEnds, Instant now,
                                    String refreshToken) {
        List<String> roleNames = roles.findByUserId(user.id()).stream().map(r -> r.role().name()).sorted().toList();
        Authentication authentication = Authentication.build(user.username(), roleNames,
                Map.of(CurrentUser.USER_ID, user.id(), CurrentUser.SESSION_ID, sessionId,
                        CurrentUser.UNIT, user.unitCode(), Claims.TOKEN_ID, randomToken()));
        Duration access = shorter(accessLifetime, Duration.between(now, sessionEnds));
        String token = tokens.generateToken(authentication, (int) Math.max(1, access.toSeconds()))
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new OpenedSession(sessionId, token, access, refreshToken, Duration.between(now, sessionEnds));
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
