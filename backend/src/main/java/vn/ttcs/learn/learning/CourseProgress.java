package vn.ttcs.learn.learning;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.PublishedCourse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a trainee stands in the course version of their enrolment, worked out from their lesson progress:
 * <ul>
 *   <li>percent done = required lessons done / required lessons of the version, rounded down, so 100 means all;</li>
 *   <li>next lesson = the lesson where they left off if it is not done yet, otherwise the first lesson after it that
 *       is not done, going round to the start; none when every lesson is done.</li>
 * </ul>
 */
record CourseProgress(PublishedCourse course, Map<String, LessonProgress> byLesson, @Nullable String resumeLessonKey) {

    static CourseProgress of(Enrolment enrolment, PublishedCourse course, List<LessonProgress> rows) {
        return of(course, rows, enrolment.lastLessonKey());
    }

    static CourseProgress of(PublishedCourse course, List<LessonProgress> rows, @Nullable String resumeLessonKey) {
        Map<String, LessonProgress> byLesson = new HashMap<>();
        rows.forEach(row -> byLesson.put(row.lessonKey(), row));
        return new CourseProgress(course, byLesson, resumeLessonKey);
    }

    boolean isDone(String lessonKey) {
        LessonProgress row = byLesson.get(lessonKey);
        return row != null && row.isDone();
    }

    Optional<LessonProgress> of(String lessonKey) {
        return Optional.ofNullable(byLesson.get(lessonKey));
    }

    int requiredLessons() {
        return course.requiredLessons().size();
    }

    int requiredLessonsDone() {
        return (int) course.requiredLessons().stream().filter(l -> isDone(l.lessonKey())).count();
    }

    int percentDone() {
        int required = requiredLessons();
        return required == 0 ? 100 : requiredLessonsDone() * 100 / required;
    }

    boolean allRequiredDone() {
        return requiredLessonsDone() == requiredLessons();
    }

    Optional<CourseLesson> nextLesson() {
        List<CourseLesson> lessons = course.lessons();
        int start = 0;
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).lessonKey().equals(resumeLessonKey)) {
                start = i;
            }
        }
        for (int step = 0; step < lessons.size(); step++) {
            CourseLesson lesson = lessons.get((start + step) % lessons.size());
            if (!isDone(lesson.lessonKey())) {
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }
}
