package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A unit manager gives a trainee a course, optionally with a due date (today or later). */
@Serdeable
public record EnrolmentAssignCommand(@NotNull Long userId, @NotBlank @Size(max = 64) String courseCode,
                                     @Nullable LocalDate dueOn) {
}
