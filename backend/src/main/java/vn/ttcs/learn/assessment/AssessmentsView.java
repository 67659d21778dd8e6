package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Definitions.QuizKind;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** The quizzes and drills of an enrolment's course version, with how far the trainee has got in each. */
@Serdeable
public record AssessmentsView(long enrolmentId, String courseCode, LocalizedText courseTitle,
                              List<QuizSummary> quizzes, List<DrillSummary> drills) {

    /**
     * {@code openAttemptId}: the attempt in progress, to be continued; {@code lastAttemptId}: the latest attempt
     * submitted or expired; {@code attemptsLeft} is null when attempts are unlimited.
     */
    @Serdeable
    public record QuizSummary(String id, LocalizedText title, QuizKind kind, int passMark,
                              @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts, int questionCount,
                              int attemptsUsed, @Nullable Integer attemptsLeft, @Nullable Long openAttemptId,
                              @Nullable Long lastAttemptId, @Nullable Integer bestScorePercent, boolean passed) {
    }

    @Serdeable
    public record DrillSummary(String id, LocalizedText title, List<String> competencies, Level level,
                               int passMark, int runs, @Nullable Long openRunId, @Nullable Long lastRunId,
                               @Nullable Integer bestScorePercent, boolean passed) {
    }
}
