package vn.ttcs.learn.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** The number of certified officers a unit is expected to have; null clears it. */
@Serdeable
public record UnitTargetCommand(@Nullable @PositiveOrZero @Max(100_000) Integer target) {
}
