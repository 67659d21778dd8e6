package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the catalogue shows of the caller's own place in each course. The learning package keeps enrolments and
 * progress and provides this; the catalogue only asks, so it does not depend on how progress is recorded.
 */
public interface CourseEnrolments {

    /** The user's enrolments by course code. */
    Map<String, Status> of(long userId);

    /**
     * @param versionNo      the version the trainee is enrolled in (it may be older than the current one)
     * @param percentDone    required lessons done, in percent of the required lessons of that version
     * @param nextLessonKey  where to continue; empty when every lesson is done
     * @param completedAt    when the last required lesson was marked done
     */
    @Serdeable
    record Status(long id, int versionNo, int percentDone, @Nullable LocalDate dueOn, boolean overdue,
                  @Nullable String nextLessonKey, @Nullable Instant completedAt) {
    }
}
