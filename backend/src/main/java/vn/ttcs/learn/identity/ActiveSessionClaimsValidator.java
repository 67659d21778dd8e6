package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A valid signature is not enough: the token's session must still be open and its user enabled. So logout,
 * a password change and disabling a user take effect on the very next request, on every instance.
 */
@Singleton
final class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final SessionService sessions;

    ActiveSessionClaimsValidator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sessionId = claims.get(CurrentUser.SESSION_ID);
        return sessionId != null && sessions.isActive(sessionId.toString());
    }
}
