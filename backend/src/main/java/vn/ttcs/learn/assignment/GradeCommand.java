package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A trainer's grade: points for every criterion of the rubric, and an overall comment. */
@Serdeable
record GradeCommand(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull CriterionGrade> criteria,
                    @Nullable @Size(max = 4000) String comment) {
}
