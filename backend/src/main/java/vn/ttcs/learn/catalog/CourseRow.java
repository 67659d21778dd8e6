package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A course; {@code currentVersionId} is the version new enrolments get. */
@MappedEntity("course")
public record CourseRow(@Id String code, @Nullable Long currentVersionId, Instant createdAt) {

    public CourseRow withCurrentVersion(long versionId) {
        return new CourseRow(code, versionId, createdAt);
    }
}
