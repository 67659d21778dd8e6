package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Definitions.QuestionType;
import vn.ttcs.learn.content.model.Definitions.QuizKind;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * A quiz attempt as its trainee sees it. While it is in progress there is no {@code result}, and nothing in the
 * questions tells which option is right: correctness, explanations and true/false answers only appear in the result.
 * {@code serverTime} lets the client count down to {@code deadline} whatever its own clock says.
 */
@Serdeable
public record AttemptView(long id, long enrolmentId, String courseCode, QuizInfo quiz, int attemptNo,
                          AttemptStatus status, Instant startedAt, @Nullable Instant deadline, Instant serverTime,
                          List<QuestionView> questions, @Nullable Result result) {

    @Serdeable
    public record QuizInfo(String id, LocalizedText title, QuizKind kind, int passMark,
                           @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts, int questionCount) {
    }

    @Serdeable
    public record QuestionView(String id, QuestionType type, String competency, Level level, LocalizedText text,
                               List<OptionView> options) {
    }

    @Serdeable
    public record OptionView(String id, LocalizedText text) {
    }

    /** {@code expired}: the time ran out before anything was submitted; nothing was scored. */
    @Serdeable
    public record Result(Instant submittedAt, int scorePercent, boolean passed, int passMark, int correctCount,
                         int questionCount, boolean expired, List<Feedback> questions,
                         List<CompetencyResult> competencies) {
    }

    /** What the trainee gave ({@code given}, null when left out), whether it was right, and the right answer. */
    @Serdeable
    public record Feedback(String questionId, boolean correct, @Nullable AnswerCommand given, Solution solution,
                           LocalizedText explanation) {
    }

    /** The right answer: {@code optionIds} (choice questions), {@code answer} (true/false) or {@code order}. */
    @Serdeable
    public record Solution(List<String> optionIds, @Nullable Boolean answer, List<String> order) {
    }

    /**
     * How the attempt went in one competency, and whether it was recorded as evidence (at {@code level}) for the
     * trainee's competency profile.
     */
    @Serdeable
    public record CompetencyResult(String code, LocalizedText name, @Nullable Level level, int correctCount,
                                   int questionCount, int scorePercent, boolean evidenceRecorded) {
    }
}
