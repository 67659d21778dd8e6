package vn.ttcs.learn.assessment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The answers of an attempt, at most one per question; a question left out is scored as not answered. */
@Serdeable
public record SubmissionCommand(@NotNull @Size(max = 200) List<@NotNull @Valid AnswerCommand> answers) {
}
