package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One lesson of an enrolment's course version: when the trainee last opened it and when they marked it done. */
@MappedEntity("lesson_progress")
public record LessonProgress(@Id @GeneratedValue @Nullable Long id, long enrolmentId, long courseVersionId,
                             String lessonKey, @Nullable Instant lastOpenedAt, @Nullable Instant doneAt) {

    LessonProgress opened(Instant at) {
        return new LessonProgress(id, enrolmentId, courseVersionId, lessonKey, at, doneAt);
    }

    /** Done once: marking a done lesson again keeps the first time. */
    LessonProgress done(Instant at) {
        return new LessonProgress(id, enrolmentId, courseVersionId, lessonKey, lastOpenedAt,
                doneAt == null ? at : doneAt);
    }

    boolean isDone() {
        return doneAt != null;
    }
}
