package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.competency.CompetencyProfile;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.CourseWorkRecorded;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues certificates the moment a course's rule is met, and renewals the moment a recertification quiz is passed.
 * Runs after every piece of recorded work ({@link CourseWorkRecorded}), once that work is committed, and may run any
 * number of times for the same state: {@link CertificateIssuer} issues each certificate exactly once.
 *
 * <p>A failure to issue never undoes the trainee's work: it is logged, and the next event of the enrolment (or the
 * same submission retried) tries again.
 */
@Singleton
public class CertificationTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(CertificationTrigger.class);

    private final CourseWork work;
    private final CourseCatalog definitions;
    private final CompetencyProfile profile;
    private final CertificateIssuer issuer;
    private final CertificateRepository certificates;
    private final Duration renewalGrace;

    CertificationTrigger(CourseWork work, CourseCatalog definitions, CompetencyProfile profile,
                         CertificateIssuer issuer, CertificateRepository certificates,
                         @Value("${ttcs.certificates.renewal-grace:180d}") Duration renewalGrace) {
        this.work = work;
        this.definitions = definitions;
        this.profile = profile;
        this.issuer = issuer;
        this.certificates = certificates;
        this.renewalGrace = renewalGrace;
    }

    @EventListener
    void onWork(CourseWorkRecorded event) {
        try {
            evaluate(event.enrolmentId());
        } catch (RuntimeException e) {
            LOG.error("Certification of enrolment {} could not be evaluated; the next recorded work retries",
                    event.enrolmentId(), e);
        }
    }

    /** Issues what the enrolment's work now earns: the certificate, a renewal, or nothing. */
    Optional<Certificate> evaluate(long enrolmentId) {
        CourseWork.EnrolmentRef enrolment = work.enrolment(enrolmentId).orElse(null);
        if (enrolment == null) {
            return Optional.empty();
        }
        PublishedCourse definition = definitions.version(enrolment.courseVersionId());
        Course course = definition.definition();
        Course.CertificationRule rule = course.certification();
        if (rule == null) {
            return Optional.empty();
        }
        Optional<Certificate> renewal = renew(enrolment, course, rule);
        if (renewal.isPresent()) {
            return renewal;
        }
        var progress = new CertificationRuleCheck.Progress(work.lessonsDone(enrolmentId),
                work.quizPassedAt(enrolmentId, rule.finalQuiz()).isPresent(), work.assignmentsPassed(enrolmentId));
        if (!CertificationRuleCheck.evaluate(course, progress).met()) {
            return Optional.empty();
        }
        return Optional.of(issuer.issue(enrolment.userId(), enrolment.courseVersionId(),
                attained(enrolment.userId(), course), null));
    }

    /**
     * A passed recertification quiz renews the newest certificate of the course that the trainee held when passing
     * it: not revoked, and valid or expired for no longer than the renewal grace. Passing it again later renews the
     * renewal; re-evaluating the same pass answers the renewal already issued.
     */
    private Optional<Certificate> renew(CourseWork.EnrolmentRef enrolment, Course course,
                                        Course.CertificationRule rule) {
        Optional<Instant> passed = work.quizPassedAt(enrolment.id(), rule.recertificationQuiz());
        if (passed.isEmpty()) {
            return Optional.empty();
        }
        Instant at = passed.get();
        Optional<Certificate> held = certificates.getByUserIdOrderByIssuedAtDesc(enrolment.userId()).stream()
                .filter(c -> c.courseCode().equals(enrolment.courseCode()))
                .filter(c -> c.revokedAt() == null && c.issuedAt().isBefore(at))
                .filter(c -> c.expiresAt().plus(renewalGrace).isAfter(at))
                .max(Comparator.comparing(Certificate::issuedAt));
        return held.map(old -> issuer.issue(enrolment.userId(), enrolment.courseVersionId(),
                attained(enrolment.userId(), course), old.id()));
    }

    /**
     * The course's competencies, each at the level the trainee's evidence supports by the profile's rule, or at the
     * course's level where the evidence supports none yet: meeting the whole rule (the final quiz and a trainer-graded
     * assignment) is the proof of that level. See docs/certificates.md.
     */
    private List<AttainedCompetency> attained(long userId, Course course) {
        Map<String, Level> levels = profile.levels(userId);
        return course.competencies().stream()
                .map(code -> new AttainedCompetency(code, levels.getOrDefault(code, course.level())))
                .toList();
    }
}
