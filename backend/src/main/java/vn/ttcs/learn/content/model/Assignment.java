package vn.ttcs.learn.content.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** Trainer-graded work with its rubric. */
@Serdeable
public record Assignment(String id, LocalizedText title, List<String> competencies, Level level, LocalizedText brief,
                         Definitions.SubmissionKind submission, int passMark, List<Criterion> rubric) {

    @Serdeable
    public record Criterion(String id, LocalizedText criterion, int maxPoints, @Nullable LocalizedText guidance) {
    }
}
