package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Lesson;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a trainee has met a course's certification rule: a pure function of the rule and what the trainee has
 * done, with no database, so that the learning flow can ask it after every lesson, quiz and graded assignment and
 * call {@link CertificateIssuer#issue} when it says yes.
 *
 * <p>The rule (content/README.md, {@code certification:} in course.yaml): the required lessons done — every lesson
 * marked {@code required} when the rule says {@code requiredLessons: ALL}, otherwise the listed ones — the final quiz
 * passed at or above its pass mark, and every required assignment passed.
 */
public final class CertificationRuleCheck {

    /** What the trainee has done in one course version. */
    public record Progress(Set<String> lessonsDone, boolean finalQuizPassed, Set<String> assignmentsPassed) {

        public Progress {
            lessonsDone = Set.copyOf(lessonsDone);
            assignmentsPassed = Set.copyOf(assignmentsPassed);
        }
    }

    /**
     * The answer, with what is still missing (in course order), so that a trainee can be told what is left.
     * {@code hasRule} is false for a course that issues no certificate.
     */
    public record Verdict(boolean met, boolean hasRule, List<String> lessonsMissing, boolean finalQuizMissing,
                          List<String> assignmentsMissing) {
    }

    private CertificationRuleCheck() {
    }

    /** The rule of an authored course, with ALL standing for the course's lessons marked required. */
    public static Verdict evaluate(Course course, Progress progress) {
        List<String> requiredLessons = course.lessons().stream().filter(Lesson::required).map(Lesson::id).toList();
        return evaluate(course.certification(), requiredLessons, progress);
    }

    /**
     * @param rule                    the course's rule, or null if it has none
     * @param requiredLessonsOfCourse the ids of the course's lessons marked required, used when the rule says ALL
     */
    public static Verdict evaluate(@Nullable Course.CertificationRule rule, Collection<String> requiredLessonsOfCourse,
                                   Progress progress) {
        if (rule == null) {
            return new Verdict(false, false, List.of(), false, List.of());
        }
        Collection<String> required = rule.allLessons() ? requiredLessonsOfCourse : rule.requiredLessons();
        List<String> lessonsMissing = missing(required, progress.lessonsDone());
        List<String> assignmentsMissing = missing(rule.requiredAssignments(), progress.assignmentsPassed());
        boolean quizMissing = !progress.finalQuizPassed();
        boolean met = lessonsMissing.isEmpty() && assignmentsMissing.isEmpty() && !quizMissing;
        return new Verdict(met, true, lessonsMissing, quizMissing, assignmentsMissing);
    }

    private static List<String> missing(Collection<String> required, Set<String> done) {
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(done);
        return List.copyOf(missing);
    }
}
