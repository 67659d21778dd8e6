package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Date;

/**
 * A valid, unexpired signature is not enough: the token's session must not be revoked (logout, password change,
 * disabled user; see {@link SessionRevocations}, no database round trip), and the token must be an access token
 * of this platform's short lifetime, so that a long-lived token signed before a change of configuration cannot
 * outlive the revocations this instance remembers.
 */
@Singleton
final class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private static final Duration CLOCK_SLACK = Duration.ofSeconds(5);

    private final SessionRevocations revocations;
    private final long longestLifetimeSeconds;

    ActiveSessionClaimsValidator(SessionRevocations revocations,
                                 @Value("${ttcs.security.access-token-lifetime:5m}") Duration accessLifetime) {
        this.revocations = revocations;
        this.longestLifetimeSeconds = accessLifetime.plus(CLOCK_SLACK).toSeconds();
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sessionId = claims.get(CurrentUser.SESSION_ID);
        Long lifetime = lifetimeSeconds(claims.get(Claims.ISSUED_AT), claims.get(Claims.EXPIRATION_TIME));
        return sessionId != null && lifetime != null && lifetime <= longestLifetimeSeconds
                && !revocations.isRevoked(sessionId.toString());
    }

    private static Long lifetimeSeconds(Object issuedAt, Object expires) {
        Long from = epochSeconds(issuedAt);
        Long to = epochSeconds(expires);
        return from == null || to == null ? null : to - from;
    }

    private static Long epochSeconds(Object claim) {
        if (claim instanceof Date date) {
            return date.getTime() / 1000;
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
