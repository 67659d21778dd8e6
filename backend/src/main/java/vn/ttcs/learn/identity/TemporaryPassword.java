package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record TemporaryPassword(String temporaryPassword) {
}
