package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/** An enrolment with the outline of its course version and the trainee's progress in every lesson. */
@Serdeable
public record EnrolmentDetail(EnrolmentView enrolment, List<Module> modules) {

    @Serdeable
    public record Module(String id, LocalizedText title, List<Lesson> lessons) {
    }

    @Serdeable
    public record Lesson(String key, LocalizedText title, int position, int durationMinutes, boolean required,
                         boolean done, @Nullable Instant doneAt, @Nullable Instant lastOpenedAt) {
    }
}
