package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A new user. The platform generates a temporary password, shown once, to be changed at first sign-in. */
@Serdeable
public record UserSaveCommand(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = Usernames.PATTERN, message = Usernames.RULE) String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 64) String unitCode,
        @NotEmpty @Size(max = 5) Set<Role> roles) {
}
