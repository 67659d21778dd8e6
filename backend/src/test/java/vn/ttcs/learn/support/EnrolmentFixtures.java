package vn.ttcs.learn.support;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentRepository;
import vn.ttcs.learn.shared.TraineeRecordChanged;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Instant;

/** Enrolments made straight in the database, in the course's current version (imported from content/ at start). */
@Singleton
public class EnrolmentFixtures {

    /** The crisis-communication course: every question type, two branching drills, FINAL and PRACTICE quizzes. */
    public static final String CRISIS_COURSE = "xu-ly-khung-hoang";

    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    EnrolmentFixtures(EnrolmentRepository enrolments, CourseRepository courses,
                      ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.changes = changes;
        this.enrolments = enrolments;
        this.courses = courses;
    }

    public Enrolment enrol(Person trainee, String courseCode) {
        long versionId = courses.findById(courseCode).orElseThrow().currentVersionId();
        Enrolment enrolment = enrolments.save(new Enrolment(null, trainee.id(), courseCode, versionId, null, null,
                Instant.now(), null, null));
        changes.publishEvent(new TraineeRecordChanged(trainee.id()));
        return enrolment;
    }
}
