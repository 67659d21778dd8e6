package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The points a trainer gave for one rubric criterion, with an optional comment. */
@Serdeable
record CriterionGrade(@NotBlank @Size(max = 100) String criterionId, @NotNull Integer points,
                      @Nullable @Size(max = 2000) String comment) {
}
