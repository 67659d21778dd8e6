package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One row of a trainee's enrolment joined with the progress of its lessons: the enrolment's columns repeat on every
 * row; the progress columns are empty on the single row of an enrolment with no lesson opened yet.
 */
@Introspected
record LessonReadingRow(long enrolmentId, long courseVersionId, @Nullable String lastLessonKey,
                        @Nullable Long progressId, @Nullable String lessonKey, @Nullable Instant lastOpenedAt,
                        @Nullable Instant doneAt) {

    @Nullable
    LessonProgress progress() {
        return progressId == null ? null
                : new LessonProgress(progressId, enrolmentId, courseVersionId, lessonKey, lastOpenedAt, doneAt);
    }
}
