package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One line of a course's change log: who did what (to which file), and when. */
@Serdeable
@MappedEntity("course_change")
record CourseChange(@Id @GeneratedValue @Nullable Long id, String courseCode, Instant occurredAt, long userId,
                    String username, Action action, @Nullable String path, @Nullable String detail) {

    enum Action { CREATE, START, SAVE, DELETE, UPLOAD, REORDER, IMPORT, SUBMIT, RETURN, PUBLISH }
}
