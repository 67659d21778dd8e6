package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's trainees' progress, one row per trainee and course, a page at a time. */
@Serdeable
record ProgressPage(String unit, boolean overdueOnly, List<Row> items, int page, int size, long total) {

    /**
     * {@code percentDone}: required lessons done / required lessons of their version, rounded down (as on the
     * trainee's dashboard); {@code lastActivityAt}: when they last opened or finished a lesson of the course (null:
     * never); {@code overdue}: the due date has passed and the course is not completed.
     */
    @Serdeable
    record Row(long enrolmentId, long userId, String fullName, String username, String courseCode,
               LocalizedText courseTitle, int percentDone, @Nullable Instant lastActivityAt, @Nullable LocalDate dueOn,
               @Nullable Instant completedAt, boolean overdue) {
    }
}
