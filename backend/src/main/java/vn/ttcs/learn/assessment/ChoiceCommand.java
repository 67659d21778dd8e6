package vn.ttcs.learn.assessment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The option chosen at a step of a drill run. Sending it again for the same step changes nothing. */
@Serdeable
public record ChoiceCommand(@NotBlank @Size(max = 100) String stepId, @NotBlank @Size(max = 100) String optionId) {
}
