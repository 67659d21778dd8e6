package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

@Introspected
record RevokedSession(String id, Instant revokedAt) {
}
