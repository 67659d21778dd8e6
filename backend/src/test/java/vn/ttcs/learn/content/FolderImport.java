package vn.ttcs.learn.content;

import io.micronaut.serde.ObjectMapper;
import vn.ttcs.learn.catalog.CourseLessonRepository;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.competency.CompetencyStandardRepository;

import java.nio.file.Path;

/** The start-up import of another content folder than the platform's, for tests in other packages. */
public final class FolderImport {

    private FolderImport() {
    }

    public static CurriculumImport of(Path contentRoot, CompetencyStandardRepository standards,
                                      CourseRepository courses, CourseVersionRepository versions,
                                      CourseLessonRepository lessons, ObjectMapper json) {
        return new CurriculumImport(new ContentLocation(contentRoot.toString()), standards, courses, versions, lessons,
                json);
    }

    /** A writable copy of the shipped content/ folder under {@code target}; returns its root. */
    public static Path copyOfShipped(Path target) {
        return ContentFolder.copyOfShipped(target).root();
    }
}
