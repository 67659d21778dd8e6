package vn.ttcs.learn.content.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** A branching scenario drill: the option chosen at each step decides the points and the next step. */
@Serdeable
public record Drill(String id, LocalizedText title, List<String> competencies, Level level, int passMark, String start,
                    List<Step> steps) {

    @Serdeable
    public record Step(String id, LocalizedText situation, List<Choice> options) {

        public boolean isEnding() {
            return options.isEmpty();
        }
    }

    @Serdeable
    public record Choice(String id, LocalizedText text, int points, @Nullable LocalizedText feedback,
                         @Nullable String next) {
    }
}
