package vn.ttcs.learn.support;

import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.certification.AttainedCompetency;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.certification.CertificateIssuer;
import vn.ttcs.learn.content.model.Level;

import java.util.List;

/** Certificates issued the way the learning flow issues them, for courses imported from content/ at start. */
@Singleton
public class CertificateFixtures {

    /** Press relations and spokesperson work: 24 months' validity. */
    public static final String PRESS_COURSE = "bao-chi-phat-ngon";
    public static final List<AttainedCompetency> PRESS_COMPETENCIES = List.of(
            new AttainedCompetency("PRESS", Level.FOUNDATION), new AttainedCompetency("LEGAL", Level.FOUNDATION),
            new AttainedCompetency("MESSAGE", Level.PRACTITIONER));

    private final CertificateIssuer issuer;
    private final CourseRepository courses;

    CertificateFixtures(CertificateIssuer issuer, CourseRepository courses) {
        this.issuer = issuer;
        this.courses = courses;
    }

    public long currentVersionOf(String courseCode) {
        return courses.findById(courseCode).orElseThrow().currentVersionId();
    }

    /** A certificate of the press course, as if the person had just met its rule. */
    public Certificate pressCertificate(Fixtures.Person holder) {
        return issuer.issue(holder.id(), currentVersionOf(PRESS_COURSE), PRESS_COMPETENCIES, null);
    }
}
