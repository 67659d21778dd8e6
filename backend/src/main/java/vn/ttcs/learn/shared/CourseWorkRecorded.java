package vn.ttcs.learn.shared;

/**
 * Published (synchronously, after the work is committed) when a trainee's work in an enrolment was recorded: a lesson
 * marked done, a quiz attempt submitted, an assignment graded. Certification listens, to issue a certificate the
 * moment the course's rule is met; learning and assessment need not know about certificates.
 */
public record CourseWorkRecorded(long enrolmentId) {
}
