package vn.ttcs.learn.content.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/**
 * A question of a course's bank. For ORDERING the options are listed in the correct order; for TRUE_FALSE
 * {@code answer} holds the truth and there are no options.
 */
@Serdeable
public record Question(String id, Definitions.QuestionType type, String competency, Level level, LocalizedText text,
                       List<Option> options, @Nullable Boolean answer, LocalizedText explanation) {

    @Serdeable
    public record Option(String id, LocalizedText text, boolean correct) {
    }
}
