package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.catalog.CourseCatalog;
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
 * Hears of every piece of recorded work ({@link CourseWorkRecorded}), once that work is committed, evaluates the rule
 * for the work that can change the outcome ({@link #mayChangeOutcome}), and may run any number of times for the same
 * state: {@link CertificateIssuer} issues each certificate exactly once.
 *
 * <p>A failure to issue never undoes the trainee's work: it is logged, and the enrolment's next work that can change
 * the outcome (or the same submission retried) tries again.
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
            if (mayChangeOutcome(event)) {
                enrolmentOf(event).ifPresent(this::evaluate);
            }
        } catch (RuntimeException e) {
            LOG.error("Certification of enrolment {} could not be evaluated; its next work that can change the outcome"
                    + " retries", event.enrolmentId(), e);
        }
    }

    /**
     * Whether the work can earn a certificate or a renewal. A submitted quiz can only when it passed and is the
     * course's final or recertification quiz; a practice quiz, a failed attempt or a course without a certificate
     * leaves the outcome as it was, and is told from the cached course version without the database. Other work
     * (a lesson, a graded assignment) is always evaluated.
     */
    boolean mayChangeOutcome(CourseWorkRecorded event) {
        CourseWorkRecorded.QuizSubmitted quiz = event.quiz();
        if (quiz == null) {
            return true;
        }
        if (!quiz.passed()) {
            return false;
        }
        Course.CertificationRule rule = definitions.version(quiz.courseVersionId()).definition().certification();
        return rule != null && (quiz.quizId().equals(rule.finalQuiz())
                || quiz.quizId().equals(rule.recertificationQuiz()));
    }

    /** The enrolment of the work: a submitted quiz names it in full; other work is looked up. */
    private Optional<CourseWork.EnrolmentRef> enrolmentOf(CourseWorkRecorded event) {
        CourseWorkRecorded.QuizSubmitted quiz = event.quiz();
        if (quiz == null) {
            return work.enrolment(event.enrolmentId());
        }
        return Optional.of(new CourseWork.EnrolmentRef(event.enrolmentId(), quiz.userId(),
                definitions.version(quiz.courseVersionId()).code(), quiz.courseVersionId()));
    }

    /** Issues what the enrolment's work now earns: the certificate, a renewal, or nothing. */
    Optional<Certificate> evaluate(CourseWork.EnrolmentRef enrolment) {
        Course course = definitions.version(enrolment.courseVersionId()).definition();
        Course.CertificationRule rule = course.certification();
        if (rule == null) {
            return Optional.empty();
        }
        CourseWork.Done done = work.done(enrolment.id());
        Optional<Certificate> renewal = renew(enrolment, course, rule, done);
        if (renewal.isPresent()) {
            return renewal;
        }
        var progress = new CertificationRuleCheck.Progress(done.lessons(), done.passedAt(rule.finalQuiz()).isPresent(),
                done.assignmentsPassed());
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
                                        Course.CertificationRule rule, CourseWork.Done done) {
        Optional<Instant> passed = done.passedAt(rule.recertificationQuiz());
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
