package vn.ttcs.learn.certification;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is revoked; shown on verification and kept in the audit log. */
@Serdeable
public record RevocationCommand(@NotBlank @Size(max = 1000) String reason) {
}
