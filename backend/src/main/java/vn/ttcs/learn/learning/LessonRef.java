package vn.ttcs.learn.learning;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.shared.LocalizedText;

/** A lesson named by its key and title, to link to. */
@Serdeable
public record LessonRef(String key, LocalizedText title) {

    static LessonRef of(CourseLesson lesson) {
        return new LessonRef(lesson.lessonKey(), new LocalizedText(lesson.titleVi(), lesson.titleEn()));
    }
}
