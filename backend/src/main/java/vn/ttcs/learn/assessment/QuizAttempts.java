package vn.ttcs.learn.assessment;

import vn.ttcs.learn.web.DatabaseOutage;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.assessment.AttemptView.CompetencyResult;
import vn.ttcs.learn.assessment.AttemptView.Feedback;
import vn.ttcs.learn.assessment.AttemptView.OptionView;
import vn.ttcs.learn.assessment.AttemptView.QuestionView;
import vn.ttcs.learn.assessment.AttemptView.QuizInfo;
import vn.ttcs.learn.assessment.AttemptView.Result;
import vn.ttcs.learn.assessment.AttemptView.Solution;
import vn.ttcs.learn.assessment.QuizScoring.QuestionOutcome;
import vn.ttcs.learn.assessment.QuizScoring.Score;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.competency.CompetencyStandards;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceWriter;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentAccess;
import vn.ttcs.learn.shared.CourseWorkRecorded;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starting, showing and submitting quiz attempts. A submission is one transaction: the attempt row is locked, scored
 * from the cached course definition, updated, and its evidence inserted in one batch. Because the row is locked, a
 * submission sent several times at once (a retry racing the original) is scored once; the others wait and get the
 * stored result back.
 */
@Singleton
class QuizAttempts {

    record Started(AttemptView attempt, boolean created) {
    }

    /** A submission's answer, and the work it recorded, for certification to hear of once it is committed. */
    record Submitted(AttemptView attempt, CourseWorkRecorded work) {

        static Submitted of(AttemptView attempt, QuizAttempt row) {
            return new Submitted(attempt, CourseWorkRecorded.quiz(row.enrolmentId(), row.userId(),
                    row.courseVersionId(), row.quizId(), Boolean.TRUE.equals(row.passed())));
        }
    }

    private final QuizAttemptRepository attempts;
    private final EnrolmentAccess enrolments;
    private final CourseCatalog catalog;
    private final EvidenceWriter evidence;
    private final CompetencyStandards standards;
    private final JsonColumns json;
    private final Duration grace;

    QuizAttempts(QuizAttemptRepository attempts, EnrolmentAccess enrolments, CourseCatalog catalog,
                 EvidenceWriter evidence, CompetencyStandards standards, JsonColumns json,
                 @Value("${ttcs.assessment.submission-grace:2m}") Duration grace) {
        this.attempts = attempts;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.evidence = evidence;
        this.standards = standards;
        this.json = json;
        this.grace = grace;
    }

    /**
     * Starts an attempt, or returns the one still in progress. An attempt whose time ran out is closed first.
     * Two starts racing each other collide on the attempt number (unique); the loser's caller simply asks again.
     */
    @Transactional
    Started start(long enrolmentId, String quizId, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        PublishedCourse course = catalog.version(enrolment.courseVersionId());
        Quiz quiz = course.quiz(quizId).orElseThrow(() -> ProblemException.notFound("Quiz " + quizId));
        Instant now = now();
        // Attempts are numbered 1, 2, ... and only the newest can be in progress (a start first closes or returns
        // it), so the newest alone says how many there were and whether one is open.
        Optional<QuizAttempt> newest = attempts.findFirstByEnrolmentIdAndQuizIdOrderByAttemptNoDesc(enrolmentId, quizId);
        int made = newest.map(QuizAttempt::attemptNo).orElse(0);
        if (newest.isPresent() && newest.get().inProgress()) {
            QuizAttempt attempt = newest.get();
            if (!attempt.isOverdue(now, grace)) {
                return new Started(view(attempt, course, now), false);
            }
            attempts.update(attempt.expired(now));
        }
        if (quiz.maxAttempts() != null && made >= quiz.maxAttempts()) {
            throw AttemptProblems.noAttemptsLeft(quizId, quiz.maxAttempts());
        }
        List<DrawnQuestion> drawn = QuestionDraw.draw(course.definition(), quiz, ThreadLocalRandom.current());
        Instant deadline = quiz.timeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(quiz.timeLimitMinutes()));
        QuizAttempt attempt = attempts.save(new QuizAttempt(null, enrolmentId, userId, enrolment.courseVersionId(),
                quizId, made + 1, AttemptStatus.IN_PROGRESS, json.write(drawn), now, deadline, null, null,
                null, null, null));
        return new Started(view(attempt, course, now), true);
    }

    /** The caller's attempt; one left open past its time is closed as expired on the way. */
    @Transactional
    AttemptView get(long attemptId, long userId) {
        QuizAttempt attempt = own(attempts.findById(attemptId), attemptId, userId);
        Instant now = now();
        if (attempt.inProgress() && attempt.isOverdue(now, grace)) {
            attempt = attempts.update(attempt.expired(now));
        }
        return view(attempt, catalog.version(attempt.courseVersionId()), now);
    }

    /**
     * Scores the answers, once. The same key again returns the stored result, whatever the body; another key after
     * submission is a conflict. Answers arriving after the deadline plus the grace period are refused and the attempt
     * is closed with 0 (that closing is committed, the refusal notwithstanding).
     */
    @Transactional(dontRollbackOn = AttemptProblems.Expired.class)
    Submitted submit(long attemptId, String key, SubmissionCommand command, long userId) {
        QuizAttempt attempt = own(attempts.findByIdForUpdate(attemptId), attemptId, userId);
        Instant now = now();
        switch (attempt.status()) {
            case SUBMITTED -> {
                if (key.equals(attempt.submissionKey())) {
                    return Submitted.of(view(attempt, catalog.version(attempt.courseVersionId()), now), attempt);
                }
                throw AttemptProblems.alreadySubmitted(attempt);
            }
            case EXPIRED -> throw new AttemptProblems.Expired(attemptId, attempt.deadline(), grace);
            case IN_PROGRESS -> {
                if (attempt.isOverdue(now, grace)) {
                    attempts.update(attempt.expired(now));
                    throw new AttemptProblems.Expired(attemptId, attempt.deadline(), grace);
                }
            }
        }
        PublishedCourse course = catalog.version(attempt.courseVersionId());
        Quiz quiz = quizOf(course, attempt);
        List<DrawnQuestion> drawn = json.readList(attempt.questions(), DrawnQuestion.class);
        List<AnswerCommand> answers = QuizScoring.arrange(drawn, command.answers());
        Score score = QuizScoring.score(course.definition(), quiz, drawn, answers);
        QuizAttempt submitted = attempt.submitted(now, score.scorePercent(), score.passed(), key,
                json.write(answers.stream().filter(Objects::nonNull).toList()));
        try {
            attempts.submit(attemptId, submitted.submittedAt(), score.scorePercent(), score.passed(), key,
                    submitted.answers());
        } catch (DataAccessException e) {
            DatabaseOutage.rethrowIfOutage(e);
            throw AttemptProblems.keyReused();
        }
        List<Evidence> rows = score.competencies().stream().filter(QuizScoring.CompetencyOutcome::evidence)
                .map(c -> new Evidence(null, userId, c.code(), c.level().name(), Evidence.SourceKind.QUIZ_ATTEMPT,
                        attemptId, attempt.courseVersionId(), c.scorePercent(), now))
                .toList();
        evidence.record(rows);
        return Submitted.of(view(submitted, course, quiz, drawn, score, now), submitted);
    }

    /** Whether answers may still be sent to this attempt. */
    boolean isOpen(QuizAttempt attempt, Instant now) {
        return attempt.inProgress() && !attempt.isOverdue(now, grace);
    }

    private AttemptView view(QuizAttempt attempt, PublishedCourse course, Instant now) {
        Quiz quiz = quizOf(course, attempt);
        List<DrawnQuestion> drawn = json.readList(attempt.questions(), DrawnQuestion.class);
        Score score = switch (attempt.status()) {
            case IN_PROGRESS -> null;
            case SUBMITTED -> QuizScoring.score(course.definition(), quiz, drawn, QuizScoring.arrange(drawn,
                    json.readList(Objects.requireNonNull(attempt.answers()), AnswerCommand.class)));
            case EXPIRED -> {
                Score nothing = QuizScoring.score(course.definition(), quiz, drawn, List.of());
                yield new Score(nothing.questions(), 0, 0, false, nothing.competencies());
            }
        };
        return view(attempt, course, quiz, drawn, score, now);
    }

    private AttemptView view(QuizAttempt attempt, PublishedCourse course, Quiz quiz, List<DrawnQuestion> drawn,
                             @Nullable Score score, Instant now) {
        QuizInfo info = new QuizInfo(quiz.id(), quiz.title(), quiz.kind(), quiz.passMark(), quiz.timeLimitMinutes(),
                quiz.maxAttempts(), drawn.size());
        List<QuestionView> questions = drawn.stream().map(d -> questionView(course, d)).toList();
        Result result = score == null ? null : new Result(attempt.submittedAt(), score.scorePercent(),
                score.passed(), quiz.passMark(), score.correct(), drawn.size(),
                attempt.status() == AttemptStatus.EXPIRED,
                score.questions().stream().map(QuizAttempts::feedback).toList(),
                score.competencies().stream().map(c -> new CompetencyResult(c.code(), standards.name(c.code()),
                        c.level(), c.correct(), c.total(), c.scorePercent(), c.evidence())).toList());
        return new AttemptView(attempt.id(), attempt.enrolmentId(), course.code(), info, attempt.attemptNo(),
                attempt.status(), attempt.startedAt(), attempt.deadline(), now, questions, result);
    }

    private static QuestionView questionView(PublishedCourse course, DrawnQuestion drawn) {
        Question question = course.question(drawn.id()).orElseThrow();
        List<OptionView> options = drawn.options().stream()
                .map(id -> question.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow())
                .map(o -> new OptionView(o.id(), o.text()))
                .toList();
        return new QuestionView(question.id(), question.type(), question.competency(), question.level(),
                question.text(), options);
    }

    private static Feedback feedback(QuestionOutcome outcome) {
        Question question = outcome.question();
        Solution solution = switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Solution(outcome.shownOptions().stream()
                    .filter(QuizScoring.correctOptions(question)::contains).toList(), null, List.of());
            case TRUE_FALSE -> new Solution(List.of(), question.answer(), List.of());
            case ORDERING -> new Solution(List.of(), null, QuizScoring.authoredOrder(question));
        };
        return new Feedback(question.id(), outcome.correct(), outcome.given(), solution, question.explanation());
    }

    private static Quiz quizOf(PublishedCourse course, QuizAttempt attempt) {
        return course.quiz(attempt.quizId()).orElseThrow(() -> new IllegalStateException(
                "quiz " + attempt.quizId() + " is missing from course version " + course.versionId()));
    }

    private static QuizAttempt own(Optional<QuizAttempt> attempt, long attemptId, long userId) {
        return attempt.filter(a -> a.userId() == userId)
                .orElseThrow(() -> ProblemException.notFound("Attempt " + attemptId));
    }

    /**
     * Times are kept to the second: that is all a quiz needs, and a MariaDB server reached through the MySQL driver
     * drops fractions, so a stored time would otherwise differ from the one first answered.
     */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
