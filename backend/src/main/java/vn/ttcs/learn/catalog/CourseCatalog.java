package vn.ttcs.learn.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.content.model.Course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The published courses. Which version is current is asked of the database every time (publishing switches it), by
 * id only; what a version contains is read once and kept, since a version never changes.
 */
@Singleton
public class CourseCatalog {

    private final CourseVersionRepository versions;
    private final CourseLessonRepository lessons;
    private final ObjectMapper json;
    private final Cache<Long, PublishedCourse> byVersion = Caffeine.newBuilder().maximumSize(200).build();

    CourseCatalog(CourseVersionRepository versions, CourseLessonRepository lessons, ObjectMapper json) {
        this.versions = versions;
        this.lessons = lessons;
        this.json = json;
    }

    /** Every course at its current version, by Vietnamese title. */
    public List<PublishedCourse> current() {
        return versions.listCurrentIds().stream().map(this::version).toList();
    }

    public Optional<PublishedCourse> current(String courseCode) {
        return versions.findCurrentId(courseCode).map(this::version);
    }

    /** A version that exists (an enrolment names it): its content. */
    public PublishedCourse version(long versionId) {
        return findVersion(versionId)
                .orElseThrow(() -> new IllegalStateException("Course version " + versionId + " does not exist"));
    }

    /** The version as parsed once and kept (versions never change); the database is asked only on a cache miss. */
    public Optional<PublishedCourse> findVersion(long versionId) {
        PublishedCourse cached = byVersion.getIfPresent(versionId);
        return cached != null ? Optional.of(cached) : versions.findById(versionId).map(this::published);
    }

    private PublishedCourse published(CourseVersion version) {
        return byVersion.get(version.id(), id -> load(version));
    }

    private PublishedCourse load(CourseVersion version) {
        try {
            Course definition = json.readValue(version.definition(), Course.class);
            return new PublishedCourse(version, definition, lessons.findByCourseVersionIdOrderByPosition(version.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Course version " + version.id() + " has an unreadable definition", e);
        }
    }
}
