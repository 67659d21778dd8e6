package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;

/**
 * A lesson as the reader shows it. {@code html} is already sanitised on the server; {@code position} counts from 1
 * over the whole course version; {@code previous} and {@code next} follow the reading order across modules.
 */
@Serdeable
public record LessonView(long enrolmentId, String courseCode, LocalizedText courseTitle, String key,
                         LocalizedText title, ModuleRef module, int position, int lessonCount, int durationMinutes,
                         boolean required, String html, @Nullable LessonRef previous, @Nullable LessonRef next,
                         boolean done, @Nullable Instant doneAt, int percentDone) {

    @Serdeable
    public record ModuleRef(String id, LocalizedText title) {
    }
}
