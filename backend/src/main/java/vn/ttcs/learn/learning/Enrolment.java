package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A trainee's enrolment, pinned to the course version current when they enrolled. {@code assignedBy} is empty for
 * self-enrolment; {@code lastLessonKey} is where the trainee resumes; {@code completedAt} is when the last required
 * lesson was marked done (the final quiz and the certificate are recorded elsewhere).
 */
@MappedEntity("enrolment")
public record Enrolment(@Id @GeneratedValue @Nullable Long id, long userId, String courseCode, long courseVersionId,
                        @Nullable Long assignedBy, @Nullable LocalDate dueOn, Instant enrolledAt,
                        @Nullable Instant completedAt, @Nullable String lastLessonKey) {

    Enrolment assigned(long managerId, @Nullable LocalDate due) {
        return new Enrolment(id, userId, courseCode, courseVersionId, managerId, due, enrolledAt, completedAt,
                lastLessonKey);
    }

    Enrolment resumingAt(String lessonKey) {
        return new Enrolment(id, userId, courseCode, courseVersionId, assignedBy, dueOn, enrolledAt, completedAt,
                lessonKey);
    }

    Enrolment completed(Instant at) {
        return new Enrolment(id, userId, courseCode, courseVersionId, assignedBy, dueOn, enrolledAt, at,
                lastLessonKey);
    }
}
