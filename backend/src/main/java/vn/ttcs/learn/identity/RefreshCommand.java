package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** The refresh token, for API clients; the app sends none and its cookie is used. */
@Serdeable
public record RefreshCommand(@Nullable @Size(max = 200) String refreshToken) {
}
