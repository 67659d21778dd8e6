package vn.ttcs.learn.assessment;

import io.micronaut.http.HttpStatus;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The ways starting or submitting a quiz attempt can be refused, each with what the trainee can do about it. */
final class AttemptProblems {

    /** Thrown after the attempt has been closed as expired; that change is kept (the transaction commits). */
    static final class Expired extends ProblemException {
        Expired(long attemptId, Instant deadline, Duration grace) {
            super(HttpStatus.CONFLICT, "attempt-expired", "The time limit of attempt " + attemptId + " ended at "
                    + deadline + "; answers that arrive more than " + grace.toSeconds() + " seconds after it are not "
                    + "scored. The attempt is closed with a score of 0; start a new attempt if any remain.", List.of());
        }
    }

    private AttemptProblems() {
    }

    static ProblemException alreadySubmitted(QuizAttempt attempt) {
        return new ProblemException(HttpStatus.CONFLICT, "attempt-already-submitted", "Attempt " + attempt.id()
                + " was already submitted at " + attempt.submittedAt() + " with another Idempotency-Key. An attempt "
                + "is submitted once: open it to see its result, or start a new attempt.", List.of());
    }

    static ProblemException keyReused() {
        return new ProblemException(HttpStatus.CONFLICT, "idempotency-key-reused", "This Idempotency-Key was already "
                + "used to submit another attempt; generate a new key for each attempt.", List.of());
    }

    static ProblemException noAttemptsLeft(String quizId, int maxAttempts) {
        return new ProblemException(HttpStatus.CONFLICT, "no-attempts-left", "All " + maxAttempts
                + " attempts at quiz '" + quizId + "' have been used.", List.of());
    }
}
