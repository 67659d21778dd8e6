package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;

/** The new user, with the temporary password that is shown this once and never stored in readable form. */
@Serdeable
public record UserCreated(UserView user, String temporaryPassword) {
}
