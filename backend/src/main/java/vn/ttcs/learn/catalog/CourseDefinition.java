package vn.ttcs.learn.catalog;

import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A course version's definition, parsed once and shared: the course as authored, with its questions, quizzes and
 * drills indexed by id. Immutable, like the version it comes from.
 */
public final class CourseDefinition {

    private final long versionId;
    private final Course course;
    private final Map<String, Question> questions;
    private final Map<String, Quiz> quizzes;
    private final Map<String, Drill> drills;

    public CourseDefinition(long versionId, Course course) {
        this.versionId = versionId;
        this.course = course;
        this.questions = index(course.questions(), Question::id);
        this.quizzes = index(course.quizzes(), Quiz::id);
        this.drills = index(course.drills(), Drill::id);
    }

    private static <T> Map<String, T> index(java.util.List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    public long versionId() {
        return versionId;
    }

    public Course course() {
        return course;
    }

    public String code() {
        return course.code();
    }

    public LocalizedText title() {
        return course.title();
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public Optional<Drill> drill(String id) {
        return Optional.ofNullable(drills.get(id));
    }
}
