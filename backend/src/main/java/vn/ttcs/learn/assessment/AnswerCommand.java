package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The answer to one question: {@code optionIds} for single and multiple choice, {@code answer} for true/false,
 * {@code order} (every option id, first to last) for ordering.
 */
@Serdeable
public record AnswerCommand(@NotBlank @Size(max = 100) String questionId,
                            @Nullable @Size(max = 20) List<String> optionIds,
                            @Nullable Boolean answer,
                            @Nullable @Size(max = 20) List<String> order) {
}
