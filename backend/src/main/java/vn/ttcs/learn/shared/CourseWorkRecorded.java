package vn.ttcs.learn.shared;

import io.micronaut.core.annotation.Nullable;

/**
 * Published (synchronously, after the work is committed) when a trainee's work in an enrolment was recorded: a lesson
 * marked done, a quiz attempt submitted, an assignment graded. Certification listens, to issue a certificate the
 * moment the course's rule is met; learning and assessment need not know about certificates.
 *
 * @param quiz what a submitted quiz attempt was, so that certification can tell without the database whether it can
 *             change anything (only a passed final or recertification quiz can); null for other work
 */
public record CourseWorkRecorded(long enrolmentId, @Nullable QuizSubmitted quiz) {

    /** A submitted attempt: whose, in which course version, which quiz, and whether it passed. */
    public record QuizSubmitted(long userId, long courseVersionId, String quizId, boolean passed) {
    }

    /** A lesson marked done or an assignment graded. */
    public CourseWorkRecorded(long enrolmentId) {
        this(enrolmentId, null);
    }

    public static CourseWorkRecorded quiz(long enrolmentId, long userId, long courseVersionId, String quizId,
                                          boolean passed) {
        return new CourseWorkRecorded(enrolmentId, new QuizSubmitted(userId, courseVersionId, quizId, passed));
    }
}
