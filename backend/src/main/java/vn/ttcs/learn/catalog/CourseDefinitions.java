package vn.ttcs.learn.catalog;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Parsed course definitions by version id. A version never changes once published, so a parsed definition is kept
 * for as long as there is room: requests that score quizzes or walk drills never re-read or re-parse the JSON.
 */
@Singleton
public class CourseDefinitions {

    /** Far more than the versions trainees are enrolled in at any one time; each entry is a few hundred KB at most. */
    private static final int CAPACITY = 200;

    private final CourseVersionRepository versions;
    private final ObjectMapper json;
    private final LoadingCache<Long, CourseDefinition> cache;

    CourseDefinitions(CourseVersionRepository versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
        this.cache = Caffeine.newBuilder().maximumSize(CAPACITY).build(this::load);
    }

    /** The definition of a version; a version id that does not exist is a 404. */
    public CourseDefinition of(long versionId) {
        CourseDefinition definition = cache.get(versionId);
        if (definition == null) {
            throw ProblemException.notFound("Course version " + versionId);
        }
        return definition;
    }

    private CourseDefinition load(Long versionId) {
        return versions.findById(versionId).map(version -> {
            try {
                return new CourseDefinition(versionId, json.readValue(version.definition(), Course.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Course version " + versionId + " holds an unreadable definition", e);
            }
        }).orElse(null);
    }
}
