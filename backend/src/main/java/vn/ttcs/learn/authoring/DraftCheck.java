package vn.ttcs.learn.authoring;

import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.content.ContentLocation;
import vn.ttcs.learn.content.ContentProblem;
import vn.ttcs.learn.content.ContentProblems;
import vn.ttcs.learn.content.CurriculumReader;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a draft exactly as the start-up import checks content/: its files are written out as a course folder and
 * read by the same reader and validator, against the competency framework of the content folder, so an author sees
 * the same {@code file:line: message} problems, and its fingerprint is the one the import computes for a folder.
 */
@Singleton
class DraftCheck {

    /** What the reader made of a draft: the course, when it could be read at all, and every problem. */
    record Checked(Optional<Course> course, List<ContentProblem> problems, String hash) {

        boolean valid() {
            return problems.isEmpty() && course.isPresent();
        }
    }

    private final ContentLocation content;
    private final CourseRepository courses;
    private final CourseDraftRepository drafts;
    private volatile Framework framework;

    DraftCheck(ContentLocation content, CourseRepository courses, CourseDraftRepository drafts) {
        this.content = content;
        this.courses = courses;
        this.drafts = drafts;
    }

    Checked check(String code, Map<String, byte[]> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ttcs-draft-");
            Path folder = dir.resolve(code);
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalArgumentException("Path outside the course folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            ContentProblems problems = new ContentProblems();
            Optional<Course> course = CurriculumReader.readCourse(folder, framework(), otherCourses(code), problems);
            return new Checked(course, problems.sorted(), CurriculumReader.fingerprint(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private Framework framework() {
        if (framework == null) {
            ContentProblems problems = new ContentProblems();
            Framework read = CurriculumReader.framework(content.root(), problems);
            problems.throwIfAny("The competency framework");
            framework = read;
        }
        return framework;
    }

    private Set<String> otherCourses(String code) {
        Set<String> codes = new HashSet<>();
        courses.findAll().forEach(c -> codes.add(c.code()));
        drafts.findAll().forEach(d -> codes.add(d.courseCode()));
        codes.remove(code);
        return codes;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
