package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;

/** {@code expiresIn}: seconds the access token is valid; renew it with the refresh token at /api/auth/refresh. */
@Serdeable
public record LoginResponse(String accessToken, String refreshToken, long expiresIn, MeView user) {
}
