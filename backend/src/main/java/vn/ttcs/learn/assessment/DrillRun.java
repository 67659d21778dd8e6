package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One run through a scenario drill. {@code path} is the JSON list of {@link PathEntry}s chosen so far;
 * {@code currentStep} is where the trainee stands, an ending once the run is finished.
 */
@MappedEntity("drill_run")
record DrillRun(@Id @GeneratedValue @Nullable Long id, long enrolmentId, long userId, long courseVersionId,
                String drillId, int runNo, String currentStep, String path, int points, int maxPoints,
                Instant startedAt, @Nullable Instant finishedAt, @Nullable Integer scorePercent,
                @Nullable Boolean passed) {

    boolean finished() {
        return finishedAt != null;
    }

    DrillRun moved(String step, String newPath, int newPoints) {
        return new DrillRun(id, enrolmentId, userId, courseVersionId, drillId, runNo, step, newPath, newPoints,
                maxPoints, startedAt, null, null, null);
    }

    DrillRun finished(Instant at, int score, boolean pass) {
        return new DrillRun(id, enrolmentId, userId, courseVersionId, drillId, runNo, currentStep, path, points,
                maxPoints, startedAt, at, score, pass);
    }
}
