package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A renewed access token. {@code refreshToken} replaces the one presented; it is null when another refresh of the
 * same session replaced it moments before (two tabs at once), and the newer one is already in the cookie.
 */
@Serdeable
public record RefreshResponse(String accessToken, @Nullable String refreshToken, long expiresIn) {
}
