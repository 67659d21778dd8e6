package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt at a quiz. {@code questions} is the JSON list of {@link DrawnQuestion}s shown in this attempt;
 * {@code answers} the JSON list of {@link AnswerCommand}s that were scored, in the same order.
 */
@MappedEntity("quiz_attempt")
record QuizAttempt(@Id @GeneratedValue @Nullable Long id, long enrolmentId, long userId, long courseVersionId,
                   String quizId, int attemptNo, AttemptStatus status, String questions, Instant startedAt,
                   @Nullable Instant deadline, @Nullable Instant submittedAt, @Nullable Integer scorePercent,
                   @Nullable Boolean passed, @Nullable String submissionKey, @Nullable String answers) {

    boolean inProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    /** Whether answers sent at {@code now} come too late: after the deadline and the grace for slow networks. */
    boolean isOverdue(Instant now, Duration grace) {
        return deadline != null && now.isAfter(deadline.plus(grace));
    }

    QuizAttempt submitted(Instant at, int score, boolean pass, String key, String answersJson) {
        return new QuizAttempt(id, enrolmentId, userId, courseVersionId, quizId, attemptNo, AttemptStatus.SUBMITTED,
                questions, startedAt, deadline, at, score, pass, key, answersJson);
    }

    QuizAttempt expired(Instant at) {
        return new QuizAttempt(id, enrolmentId, userId, courseVersionId, quizId, attemptNo, AttemptStatus.EXPIRED,
                questions, startedAt, deadline, at, 0, false, null, null);
    }
}
