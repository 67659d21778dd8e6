package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("user_session")
public record UserSession(@Id String id, Long userId, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
                          @Nullable String remoteAddress) {
}
