package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A change to a user; {@code version} is the one the editor saw, so a concurrent change is a conflict. */
@Serdeable
public record UserUpdateCommand(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 64) String unitCode,
        @NotEmpty @Size(max = 5) Set<Role> roles,
        boolean enabled,
        @NotNull @PositiveOrZero Long version) {
}
