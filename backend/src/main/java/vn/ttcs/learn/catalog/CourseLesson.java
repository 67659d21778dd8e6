package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A lesson of one course version, in reading order. */
@MappedEntity("course_lesson")
public record CourseLesson(@Id @GeneratedValue @Nullable Long id, long courseVersionId, String lessonKey,
                           String moduleKey, int position, String titleVi, String titleEn, int durationMinutes,
                           boolean required, String bodyMarkdown) {
}
