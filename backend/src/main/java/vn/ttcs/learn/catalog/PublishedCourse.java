package vn.ttcs.learn.catalog;

import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * One published course version with everything read from it: the row, the course as authored, and its lessons in
 * reading order. Versions never change, so a PublishedCourse can be kept as long as memory allows.
 */
public record PublishedCourse(CourseVersion version, Course definition, List<CourseLesson> lessons) {

    public PublishedCourse {
        lessons = List.copyOf(lessons);
    }

    public String code() {
        return version.courseCode();
    }

    public long versionId() {
        return version.id();
    }

    public LocalizedText title() {
        return new LocalizedText(version.titleVi(), version.titleEn());
    }

    public Optional<CourseLesson> lesson(String lessonKey) {
        return lessons.stream().filter(l -> l.lessonKey().equals(lessonKey)).findFirst();
    }

    public List<CourseLesson> requiredLessons() {
        return lessons.stream().filter(CourseLesson::required).toList();
    }

    /** The module's title as authored; its id when the definition does not name it. */
    public LocalizedText moduleTitle(String moduleKey) {
        return definition.modules().stream().filter(m -> m.id().equals(moduleKey)).findFirst()
                .map(Course.Module::title).orElse(new LocalizedText(moduleKey, moduleKey));
    }

    public Optional<Question> question(String id) {
        return definition.questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Quiz> quiz(String id) {
        return definition.quizzes().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Drill> drill(String id) {
        return definition.drills().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Assignment> assignment(String id) {
        return definition.assignments().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
