package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

@Serdeable
public record UserView(long id, String username, String fullName, String email, @Nullable String jobTitle,
                       String unitCode, List<Role> roles, boolean enabled, Instant createdAt, long version) {

    static UserView of(AppUser user, List<Role> roles) {
        return new UserView(user.id(), user.username(), user.fullName(), user.email(), user.jobTitle(),
                user.unitCode(), roles, user.enabled(), user.createdAt(), user.version());
    }
}
