package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record PasswordChangeCommand(@NotBlank @Size(max = 200) String currentPassword,
                                    @NotBlank @Size(max = 200) String newPassword) {
}
