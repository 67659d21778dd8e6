package vn.ttcs.learn.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record LoginCommand(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
}
