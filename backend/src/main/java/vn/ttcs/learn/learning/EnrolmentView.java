package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolment as the trainee's dashboard shows it. {@code versionNo} is the version the trainee is enrolled in;
 * {@code assignedBy} is empty for self-enrolment; {@code overdue} when the due date has passed before the required
 * lessons were done; {@code nextLesson} is where to continue (empty when all are done); {@code resumeLessonKey} is the
 * lesson opened last.
 */
@Serdeable
public record EnrolmentView(long id, String courseCode, LocalizedText courseTitle, int versionNo, PersonRef trainee,
                            Instant enrolledAt, @Nullable PersonRef assignedBy, @Nullable LocalDate dueOn,
                            boolean overdue, @Nullable Instant completedAt, int lessonsDone, int lessonsRequired,
                            int percentDone, @Nullable LessonRef nextLesson, @Nullable String resumeLessonKey) {

    @Serdeable
    public record PersonRef(long id, String fullName) {
    }
}
