package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record LoginResponse(String accessToken, MeView user) {
}
