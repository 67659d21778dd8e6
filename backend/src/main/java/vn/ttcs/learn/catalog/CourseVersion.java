package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An immutable published snapshot of a course. {@code definition} is the course as authored, as JSON. */
@MappedEntity("course_version")
public record CourseVersion(@Id @GeneratedValue @Nullable Long id, String courseCode, int versionNo, String contentHash,
                            String titleVi, String titleEn, String track, String level, String language,
                            int durationMinutes, String definition, String origin, Instant publishedAt) {

    /** Where a version came from: the content folder at start, or the authoring workflow (an approved draft). */
    public static final String FROM_CONTENT_FOLDER = "CONTENT";
    public static final String FROM_AUTHORING = "AUTHORING";

    public boolean isAuthored() {
        return FROM_AUTHORING.equals(origin);
    }
}
