package vn.ttcs.learn.reporting;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseRow;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which courses develop a competency standard: those whose current version lists it in {@code competencies}
 * (course.yaml). Versions never change, so what a version lists is read from its definition once and kept.
 */
@Singleton
class CourseCompetencies {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final ObjectMapper json;
    private final Map<Long, List<String>> competenciesByVersion = new ConcurrentHashMap<>();

    CourseCompetencies(CourseRepository courses, CourseVersionRepository versions, ObjectMapper json) {
        this.courses = courses;
        this.versions = versions;
        this.json = json;
    }

    boolean courseExists(String courseCode) {
        return courses.existsById(courseCode);
    }

    /** Every course with a current version: its title and the standards it develops, in code order. */
    List<ReportOptions.Course> courses() {
        List<ReportOptions.Course> found = new java.util.ArrayList<>();
        for (CourseRow course : courses.findAll()) {
            if (course.currentVersionId() != null) {
                CourseVersion version = versions.findById(course.currentVersionId()).orElseThrow();
                found.add(new ReportOptions.Course(course.code(), new LocalizedText(version.titleVi(),
                        version.titleEn()), competenciesOf(version.id())));
            }
        }
        found.sort(java.util.Comparator.comparing(ReportOptions.Course::code));
        return found;
    }

    /** The codes of the courses whose current version develops {@code standardCode}, in code order. */
    Set<String> developing(String standardCode) {
        Set<String> found = new TreeSet<>();
        for (CourseRow course : courses.findAll()) {
            if (course.currentVersionId() != null && competenciesOf(course.currentVersionId()).contains(standardCode)) {
                found.add(course.code());
            }
        }
        return found;
    }

    private List<String> competenciesOf(long versionId) {
        return competenciesByVersion.computeIfAbsent(versionId, id -> {
            CourseVersion version = versions.findById(id).orElseThrow();
            try {
                Course course = json.readValue(version.definition(), Course.class);
                return course.competencies() == null ? List.of() : List.copyOf(course.competencies());
            } catch (IOException e) {
                throw new UncheckedIOException("Course version " + id + " has an unreadable definition", e);
            }
        });
    }
}
