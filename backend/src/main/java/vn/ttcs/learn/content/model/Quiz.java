package vn.ttcs.learn.content.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** A quiz draws {@code count} questions per competency (and level, if given) from the bank at random. */
@Serdeable
public record Quiz(String id, LocalizedText title, Definitions.QuizKind kind, int passMark,
                   @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts, List<Draw> draw) {

    @Serdeable
    public record Draw(String competency, int count, @Nullable Level level) {
    }

    public int questionCount() {
        return draw.stream().mapToInt(Draw::count).sum();
    }
}
