package vn.ttcs.learn.competency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One standard that one piece of passed, assessed work counted for. {@code level} is the level of the questions,
 * drill or assignment it came from; {@code sourceKind} and {@code sourceId} name that work.
 */
@MappedEntity("competency_evidence")
public record Evidence(@Id @GeneratedValue @Nullable Long id, long userId, String standardCode, String level,
                       SourceKind sourceKind, long sourceId, long courseVersionId, int scorePercent,
                       Instant recordedAt) {

    public enum SourceKind { QUIZ_ATTEMPT, DRILL_RUN, ASSIGNMENT }
}
