package vn.ttcs.learn.support;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.CourseLessonRepository;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseRow;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Courses made for a test, straight in the database, as publishing would make them: a course row, a version with its
 * definition and lessons, and the course's current version switched to it. Codes are unique per run, so tests never
 * touch the shipped curriculum or each other.
 */
@Singleton
public class Courses {

    /** A lesson to publish: its key, Vietnamese title, Markdown body and whether it counts for completion. */
    public record LessonSpec(String key, String title, String body, boolean required) {

        public static LessonSpec required(String key, String title, String body) {
            return new LessonSpec(key, title, body, true);
        }

        public static LessonSpec optional(String key, String title, String body) {
            return new LessonSpec(key, title, body, false);
        }
    }

    public record Published(String code, long versionId, int versionNo) {
    }

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseLessonRepository lessons;
    private final ObjectMapper json;

    Courses(CourseRepository courses, CourseVersionRepository versions, CourseLessonRepository lessons,
            ObjectMapper json) {
        this.courses = courses;
        this.versions = versions;
        this.lessons = lessons;
        this.json = json;
    }

    /** A new course code for this run, e.g. "khoa-thu-1a2b3c-7". */
    public static String newCode() {
        return Fixtures.unique("khoa-thu");
    }

    /**
     * Publishes the next version of the course (the first if it does not exist) with these lessons; the first half
     * of the lessons form module m1, the rest module m2.
     */
    public Published publish(String code, String title, List<LessonSpec> specs) {
        if (courses.findById(code).isEmpty()) {
            courses.save(new CourseRow(code, null, Instant.now()));
        }
        int versionNo = versions.findFirstByCourseCodeOrderByVersionNoDesc(code).map(v -> v.versionNo() + 1).orElse(1);
        int half = (specs.size() + 1) / 2;
        List<String> keys = specs.stream().map(LessonSpec::key).toList();
        List<Course.Module> modules = List.of(
                new Course.Module("m1", text("Học phần một"), keys.subList(0, half)),
                new Course.Module("m2", text("Học phần hai"), keys.subList(half, keys.size())));
        List<Lesson> definitionLessons = specs.stream().map(s -> new Lesson(s.key(), text(s.title()), 15,
                List.of("PRESS"), s.required(), s.body(), "courses/" + code + "/lessons/" + s.key() + ".md", 8))
                .toList();
        Course course = new Course(code, text(title), text("Khóa học dùng trong kiểm thử."),
                Definitions.Track.PRESS, Level.FOUNDATION, "vi", 15 * specs.size(), List.of(text("Biết làm việc")),
                List.of("PRESS"), List.of(), List.of(), modules, null, definitionLessons, List.of(), List.of(),
                List.of(), List.of());
        CourseVersion version = versions.save(new CourseVersion(null, code, versionNo, "0".repeat(64), title,
                title + " (en)", "PRESS", "FOUNDATION", "vi", course.durationMinutes(), toJson(course), "TEST",
                Instant.now()));
        for (int i = 0; i < specs.size(); i++) {
            LessonSpec spec = specs.get(i);
            lessons.save(new CourseLesson(null, version.id(), spec.key(), i < half ? "m1" : "m2", i + 1,
                    spec.title(), spec.title() + " (en)", 15, spec.required(), spec.body()));
        }
        courses.update(courses.findById(code).orElseThrow().withCurrentVersion(version.id()));
        return new Published(code, version.id(), versionNo);
    }

    private static LocalizedText text(String vi) {
        return new LocalizedText(vi, vi + " (en)");
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
