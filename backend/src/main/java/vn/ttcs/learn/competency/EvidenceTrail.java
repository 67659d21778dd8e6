package vn.ttcs.learn.competency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A piece of evidence with the assessment it came from: {@code assessmentId} is the quiz, drill or assignment id
 * within the course. Two attempts at the same quiz of a course are one assessment; each graded submission of an
 * assignment is its own piece of work.
 */
@Introspected
public record EvidenceTrail(long id, String standardCode, String level, String sourceKind, long sourceId,
                            long courseVersionId, String courseCode, @Nullable String assessmentId, int scorePercent,
                            Instant recordedAt) {

    public Evidence.SourceKind kind() {
        return Evidence.SourceKind.valueOf(sourceKind);
    }

    /** One key per assessment: the same quiz or drill of a course counts once, however often it is passed. */
    public String assessmentKey() {
        return switch (kind()) {
            case QUIZ_ATTEMPT, DRILL_RUN -> kind() + ":" + courseCode + "/" + assessmentId;
            case ASSIGNMENT -> kind() + ":" + sourceId;
        };
    }
}
