package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in session: what a refresh token renews, until it expires or is revoked. Hashes are SHA-256 hex. */
@MappedEntity("user_session")
public record UserSession(@Id String id, Long userId, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
                          @Nullable String remoteAddress, @Nullable String refreshHash,
                          @Nullable String previousRefreshHash, @Nullable Instant refreshedAt) {

    boolean isOpenAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
