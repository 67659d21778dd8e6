package vn.ttcs.learn.assessment;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions.QuestionType;
import vn.ttcs.learn.content.model.Definitions.QuizKind;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scoring rules on a hand-made bank: one point per question, all or nothing, whatever its type. */
class QuizScoringTest {

    private static final Question SINGLE = question("single", QuestionType.SINGLE_CHOICE, "PRESS", Level.FOUNDATION,
            null, "a", "b!", "c");
    private static final Question MULTIPLE = question("multiple", QuestionType.MULTIPLE_CHOICE, "PRESS",
            Level.PRACTITIONER, null, "a!", "b", "c!", "d");
    private static final Question TRUE_FALSE = question("tf", QuestionType.TRUE_FALSE, "LEGAL", Level.FOUNDATION,
            false);
    private static final Question ORDERING = question("ordering", QuestionType.ORDERING, "CRISIS", Level.ADVANCED,
            null, "first", "second", "third");

    private static final Course COURSE = new Course("demo", text("Demo"), text("Demo"), null, Level.FOUNDATION, "vi",
            10, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
            List.of(SINGLE, MULTIPLE, TRUE_FALSE, ORDERING), List.of(), List.of(), List.of());

    private static final List<DrawnQuestion> DRAWN = List.of(
            new DrawnQuestion("single", List.of("c", "a", "b")),
            new DrawnQuestion("multiple", List.of("d", "c", "b", "a")),
            new DrawnQuestion("tf", List.of()),
            new DrawnQuestion("ordering", List.of("third", "first", "second")));

    @Test
    void singleChoiceIsRightOnlyWithTheCorrectOptionAlone() {
        assertThat(QuizScoring.isCorrect(SINGLE, choose("single", "b"))).isTrue();
        assertThat(QuizScoring.isCorrect(SINGLE, choose("single", "a"))).isFalse();
        assertThat(QuizScoring.isCorrect(SINGLE, choose("single", "b", "a"))).isFalse();
        assertThat(QuizScoring.isCorrect(SINGLE, choose("single"))).isFalse();
    }

    @Test
    void multipleChoiceNeedsExactlyTheCorrectSetInAnyOrder() {
        assertThat(QuizScoring.isCorrect(MULTIPLE, choose("multiple", "c", "a"))).isTrue();
        assertThat(QuizScoring.isCorrect(MULTIPLE, choose("multiple", "a"))).as("one missing").isFalse();
        assertThat(QuizScoring.isCorrect(MULTIPLE, choose("multiple", "a", "c", "d"))).as("one too many").isFalse();
        assertThat(QuizScoring.isCorrect(MULTIPLE, choose("multiple", "a", "b", "c", "d"))).as("all").isFalse();
    }

    @Test
    void trueFalseIsRightWhenTheAnswerIsTheTruthAndWrongWhenLeftEmpty() {
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, new AnswerCommand("tf", null, false, null))).isTrue();
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, new AnswerCommand("tf", null, true, null))).isFalse();
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, new AnswerCommand("tf", null, null, null))).isFalse();
    }

    @Test
    void orderingNeedsEveryOptionInTheAuthoredOrder() {
        assertThat(QuizScoring.isCorrect(ORDERING, order("first", "second", "third"))).isTrue();
        assertThat(QuizScoring.isCorrect(ORDERING, order("first", "third", "second"))).isFalse();
        assertThat(QuizScoring.isCorrect(ORDERING, order("first", "second"))).as("incomplete").isFalse();
    }

    @Test
    void theWrongKindOfAnswerForTheQuestionTypeScoresNothing() {
        assertThat(QuizScoring.isCorrect(ORDERING, choose("ordering", "first", "second", "third"))).isFalse();
        assertThat(QuizScoring.isCorrect(SINGLE, new AnswerCommand("single", null, true, null))).isFalse();
    }

    @Test
    void theScoreIsThePercentageOfQuestionsRightRoundedDownAndPassingIsExact() {
        assertThat(QuizScoring.percent(2, 3)).isEqualTo(66);
        assertThat(QuizScoring.passes(7, 10, 70)).isTrue();
        assertThat(QuizScoring.passes(13, 19, 70)).as("68.4 %").isFalse();
        assertThat(QuizScoring.passes(0, 0, 0)).as("an empty quiz never passes").isFalse();
    }

    @Test
    void aFinalQuizCountsAsEvidenceOnlyInCompetenciesWhereEnoughWasRight() {
        Quiz quiz = quiz(QuizKind.FINAL, 50);
        List<AnswerCommand> answers = QuizScoring.arrange(DRAWN, List.of(choose("single", "b"),
                choose("multiple", "a"), new AnswerCommand("tf", null, false, null), order("first", "second", "third")));

        QuizScoring.Score score = QuizScoring.score(COURSE, quiz, DRAWN, answers);

        assertThat(score.correct()).isEqualTo(3);
        assertThat(score.scorePercent()).isEqualTo(75);
        assertThat(score.passed()).isTrue();
        assertThat(score.competencies()).extracting(QuizScoring.CompetencyOutcome::code,
                        QuizScoring.CompetencyOutcome::level, QuizScoring.CompetencyOutcome::scorePercent,
                        QuizScoring.CompetencyOutcome::evidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PRESS", Level.FOUNDATION, 50, true),
                        org.assertj.core.groups.Tuple.tuple("LEGAL", Level.FOUNDATION, 100, true),
                        org.assertj.core.groups.Tuple.tuple("CRISIS", Level.ADVANCED, 100, true));
    }

    @Test
    void aFailedOrPracticeQuizCountsForNothing() {
        List<AnswerCommand> allRight = QuizScoring.arrange(DRAWN, List.of(choose("single", "b"),
                choose("multiple", "a", "c"), new AnswerCommand("tf", null, false, null),
                order("first", "second", "third")));

        QuizScoring.Score practice = QuizScoring.score(COURSE, quiz(QuizKind.PRACTICE, 50), DRAWN, allRight);
        QuizScoring.Score failed = QuizScoring.score(COURSE, quiz(QuizKind.FINAL, 50), DRAWN,
                Arrays.asList(null, null, null, null));

        assertThat(practice.passed()).isTrue();
        assertThat(practice.competencies()).noneMatch(QuizScoring.CompetencyOutcome::evidence);
        assertThat(failed.scorePercent()).isZero();
        assertThat(failed.competencies()).noneMatch(QuizScoring.CompetencyOutcome::evidence);
    }

    @Test
    void answersAreArrangedInTheOrderShownAndCheckedAgainstTheAttempt() {
        List<AnswerCommand> arranged = QuizScoring.arrange(DRAWN, List.of(order("first"),
                choose("single", "a")));

        assertThat(arranged).extracting(a -> a == null ? null : a.questionId())
                .containsExactly("single", null, null, "ordering");
        assertThatThrownBy(() -> QuizScoring.arrange(DRAWN, List.of(choose("single", "a"),
                choose("single", "b")))).isInstanceOf(ProblemException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> QuizScoring.arrange(DRAWN, List.of(choose("single", "x"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("answers[0].optionIds");
        assertThatThrownBy(() -> QuizScoring.arrange(DRAWN, List.of(order("first", "first"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("more than once");
    }

    @Test
    void anOrderingQuestionIsNeverShownInItsRightOrder() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            assertThat(QuestionDraw.optionOrder(ORDERING, random)).isNotEqualTo(List.of("first", "second", "third"))
                    .containsExactlyInAnyOrder("first", "second", "third");
        }
    }

    private static AnswerCommand choose(String questionId, String... options) {
        return new AnswerCommand(questionId, List.of(options), null, null);
    }

    private static AnswerCommand order(String... options) {
        return new AnswerCommand("ordering", null, null, List.of(options));
    }

    private static Quiz quiz(QuizKind kind, int passMark) {
        return new Quiz("q", text("Quiz"), kind, passMark, null, null, List.of(
                new Quiz.Draw("PRESS", 2, null), new Quiz.Draw("LEGAL", 1, null), new Quiz.Draw("CRISIS", 1, null)));
    }

    /** Options marked with a trailing "!" are correct. */
    private static Question question(String id, QuestionType type, String competency, Level level, Boolean answer,
                                     String... options) {
        List<Question.Option> list = new ArrayList<>();
        for (String option : options) {
            boolean correct = option.endsWith("!");
            String optionId = correct ? option.substring(0, option.length() - 1) : option;
            list.add(new Question.Option(optionId, text(optionId), correct));
        }
        return new Question(id, type, competency, level, text(id), list, answer, text("why " + id));
    }

    private static LocalizedText text(String vi) {
        return new LocalizedText(vi, null);
    }
}
