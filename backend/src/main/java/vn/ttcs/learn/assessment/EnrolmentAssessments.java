package vn.ttcs.learn.assessment;

import jakarta.inject.Singleton;
import vn.ttcs.learn.assessment.AssessmentsView.DrillSummary;
import vn.ttcs.learn.assessment.AssessmentsView.QuizSummary;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentAccess;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a trainee can take in a course: every quiz and drill, with attempts used, best score and what is open. */
@Singleton
class EnrolmentAssessments {

    private final EnrolmentAccess enrolments;
    private final CourseCatalog catalog;
    private final QuizAttemptRepository attempts;
    private final DrillRunRepository runs;
    private final QuizAttempts quizAttempts;

    EnrolmentAssessments(EnrolmentAccess enrolments, CourseCatalog catalog, QuizAttemptRepository attempts,
                         DrillRunRepository runs, QuizAttempts quizAttempts) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.attempts = attempts;
        this.runs = runs;
        this.quizAttempts = quizAttempts;
    }

    AssessmentsView of(long enrolmentId, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        PublishedCourse course = catalog.version(enrolment.courseVersionId());
        Map<String, List<QuizAttempt>> attemptsByQuiz = attempts.findByEnrolmentIdOrderByAttemptNo(enrolmentId)
                .stream().collect(Collectors.groupingBy(QuizAttempt::quizId));
        Map<String, List<DrillRun>> runsByDrill = runs.findByEnrolmentIdOrderByRunNo(enrolmentId).stream()
                .collect(Collectors.groupingBy(DrillRun::drillId));
        Instant now = QuizAttempts.now();
        return new AssessmentsView(enrolmentId, course.code(), course.title(),
                course.definition().quizzes().stream()
                        .map(quiz -> quiz(quiz, attemptsByQuiz.getOrDefault(quiz.id(), List.of()), now)).toList(),
                course.definition().drills().stream()
                        .map(drill -> drill(drill, runsByDrill.getOrDefault(drill.id(), List.of()))).toList());
    }

    private QuizSummary quiz(Quiz quiz, List<QuizAttempt> taken, Instant now) {
        Long open = taken.stream().filter(a -> quizAttempts.isOpen(a, now)).map(QuizAttempt::id).findFirst()
                .orElse(null);
        Long last = taken.stream().filter(a -> !a.inProgress()).map(QuizAttempt::id).reduce((a, b) -> b)
                .orElse(null);
        Integer left = quiz.maxAttempts() == null ? null : Math.max(0, quiz.maxAttempts() - taken.size());
        return new QuizSummary(quiz.id(), quiz.title(), quiz.kind(), quiz.passMark(), quiz.timeLimitMinutes(),
                quiz.maxAttempts(), quiz.questionCount(), taken.size(), left, open, last,
                best(taken.stream().map(QuizAttempt::scorePercent).toList()),
                taken.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())));
    }

    private static DrillSummary drill(Drill drill, List<DrillRun> taken) {
        Long open = taken.stream().filter(r -> !r.finished()).map(DrillRun::id).findFirst().orElse(null);
        Long last = taken.stream().filter(DrillRun::finished).map(DrillRun::id).reduce((a, b) -> b).orElse(null);
        return new DrillSummary(drill.id(), drill.title(), drill.competencies(), drill.level(), drill.passMark(),
                taken.size(), open, last, best(taken.stream().map(DrillRun::scorePercent).toList()),
                taken.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed())));
    }

    private static Integer best(Collection<Integer> scores) {
        return scores.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
