package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A file of a version published in the platform, by its path in the course folder ({@code lessons/l01.md}). */
@MappedEntity("course_version_file")
public record CourseVersionFile(@Id @GeneratedValue @Nullable Long id, long courseVersionId, String path,
                                byte[] content) {
}
