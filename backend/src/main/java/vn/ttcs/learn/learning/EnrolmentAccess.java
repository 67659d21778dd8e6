package vn.ttcs.learn.learning;

import jakarta.inject.Singleton;
import vn.ttcs.learn.web.ProblemException;

/**
 * Finds an enrolment on behalf of the trainee it belongs to. Someone else's enrolment is "not found", exactly like one
 * that does not exist, so ids cannot be probed.
 */
@Singleton
public class EnrolmentAccess {

    private final EnrolmentRepository enrolments;

    EnrolmentAccess(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    public Enrolment ownedBy(long enrolmentId, long userId) {
        return enrolments.findById(enrolmentId)
                .filter(enrolment -> enrolment.userId() == userId)
                .orElseThrow(() -> ProblemException.notFound("Enrolment " + enrolmentId));
    }
}
