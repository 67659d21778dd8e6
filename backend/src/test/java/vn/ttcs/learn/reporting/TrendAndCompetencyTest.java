package vn.ttcs.learn.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.certification.CertificateIssuer;
import vn.ttcs.learn.competency.CompetencyProfile;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.competency.Evidence.SourceKind.ASSIGNMENT;
import static vn.ttcs.learn.competency.Evidence.SourceKind.DRILL_RUN;
import static vn.ttcs.learn.competency.Evidence.SourceKind.QUIZ_ATTEMPT;
import static vn.ttcs.learn.support.CertificateFixtures.PRESS_COURSE;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.ReportFixtures.TRENDS_UNIT;

/**
 * Trends (issued per month, certified and rate at each month's end) and the distribution of competency levels, on
 * people put in {@link ReportFixtures#TRENDS_UNIT} only; numbers are compared before and after.
 */
@MicronautTest(transactional = false)
class TrendAndCompetencyTest {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CompetencyProfile profiles;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    ReportFixtures reports;

    @Inject
    CertificateIssuer issuer;

    private String reviewer;

    @BeforeEach
    void signInAsReviewer() {
        reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());
    }

    @Test
    void aTrendHasOneMonthPerMonthAskedForEndingWithTheCurrentOne() {
        TrendReport trend = trend(6);

        assertThat(trend.unit()).isEqualTo(TRENDS_UNIT);
        assertThat(trend.unitName().vi()).isEqualTo("Tỉnh Hà Tĩnh");
        YearMonth now = YearMonth.now(PLATFORM_ZONE);
        assertThat(trend.months()).extracting(TrendReport.Point::month)
                .containsExactly(now.minusMonths(5).toString(), now.minusMonths(4).toString(),
                        now.minusMonths(3).toString(), now.minusMonths(2).toString(), now.minusMonths(1).toString(),
                        now.toString());
        TrendReport national = client.toBlocking().retrieve(HttpRequest.GET("/api/reports/trends").bearerAuth(reviewer),
                TrendReport.class);
        assertThat(national.unit()).isNull();
        assertThat(national.months()).hasSize(12);
    }

    @Test
    void issuesCountOriginalsAndRenewalsInTheirMonthButNotCorrectionsOrRevokedCertificates() {
        List<TrendReport.Point> before = trend(12).months();

        Person renewed = trainee();
        Certificate original = certificates.pressCertificate(renewed);
        issuer.issue(renewed.id(), original.courseVersionId(), CertificateFixtures.PRESS_COMPETENCIES, original.id());
        issuer.correct(certificates.pressCertificate(trainee()).id());
        reports.revoke(certificates.pressCertificate(trainee()), Instant.now());

        List<TrendReport.Point> after = trend(12).months();
        TrendReport.Point thisMonth = after.get(11);
        assertThat(thisMonth.issued() - before.get(11).issued())
                .as("original and renewal, and the corrected certificate's original; not the correction, not the "
                        + "revoked one").isEqualTo(3);
        assertThat(thisMonth.certified() - before.get(11).certified()).isEqualTo(2);
        assertThat(thisMonth.registered() - before.get(11).registered()).isEqualTo(3);
        assertThat(thisMonth.rate()).isEqualTo((double) thisMonth.certified() / thisMonth.registered());
    }

    @Test
    void aMonthEndCountsTheCertificatesValidThenAndTheAccountsThatExistedThen() {
        List<TrendReport.Point> before = trend(12).months();
        ZoneId zone = PLATFORM_ZONE;
        YearMonth current = YearMonth.now(zone);
        Instant fourMonthsAgo = current.minusMonths(4).atDay(10).atStartOfDay(zone).toInstant();
        Instant twoMonthsAgo = current.minusMonths(2).atDay(10).atStartOfDay(zone).toInstant();

        Person veteran = trainee();
        reports.created(veteran, fourMonthsAgo.minus(Duration.ofDays(5)));
        Certificate lapsed = certificates.pressCertificate(veteran);
        reports.redate(lapsed, fourMonthsAgo, twoMonthsAgo);
        Person revokedLater = trainee();
        reports.created(revokedLater, fourMonthsAgo.minus(Duration.ofDays(5)));
        Certificate revoked = certificates.pressCertificate(revokedLater);
        reports.redate(revoked, fourMonthsAgo, Instant.now().plus(Duration.ofDays(300)));
        reports.revoke(revoked, twoMonthsAgo);

        List<TrendReport.Point> after = trend(12).months();
        long[] issued = new long[12];
        long[] certified = new long[12];
        long[] registered = new long[12];
        for (int i = 0; i < 12; i++) {
            issued[i] = after.get(i).issued() - before.get(i).issued();
            certified[i] = after.get(i).certified() - before.get(i).certified();
            registered[i] = after.get(i).registered() - before.get(i).registered();
        }
        int fourAgo = 11 - 4;
        assertThat(issued[fourAgo]).as("the lapsed one; the revoked one is not counted as issued").isEqualTo(1);
        assertThat(certified).as("certified at the ends of the months four and three months ago only")
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0);
        assertThat(registered).as("the accounts were created four months ago, before the certificates")
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2);
    }

    @Test
    void competencyLevelsCountTheLevelEachTraineeHoldsByTheSameRuleAsTheirProfile() {
        CompetencyReport before = competencies();

        Person oneQuiz = trainee();
        reports.evidence(oneQuiz, "PRESS", "ADVANCED");
        Person sameQuizTwice = trainee();
        reports.evidence(sameQuizTwice, "PRESS", "ADVANCED");
        reports.evidence(sameQuizTwice, "PRESS", "ADVANCED");
        Person twoCoursesAtFoundationOrAbove = trainee();
        reports.evidence(twoCoursesAtFoundationOrAbove, "PRESS", "ADVANCED");
        reports.evidence(twoCoursesAtFoundationOrAbove, "PRESS", "FOUNDATION", QUIZ_ATTEMPT, CRISIS_COURSE);
        Person twoCoursesAtPractitionerOrAbove = trainee();
        reports.evidence(twoCoursesAtPractitionerOrAbove, "PRESS", "PRACTITIONER");
        reports.evidence(twoCoursesAtPractitionerOrAbove, "PRESS", "ADVANCED", DRILL_RUN, CRISIS_COURSE);
        Person oneGradedAssignment = trainee();
        reports.evidence(oneGradedAssignment, "PRESS", "PRACTITIONER", ASSIGNMENT, PRESS_COURSE);
        Person advanced = trainee();
        reports.evidence(advanced, "PRESS", "ADVANCED");
        reports.evidence(advanced, "PRESS", "ADVANCED", QUIZ_ATTEMPT, CRISIS_COURSE);
        reports.evidence(advanced, "CRISIS", "FOUNDATION", ASSIGNMENT, CRISIS_COURSE);
        List<Person> people = List.of(oneQuiz, sameQuizTwice, twoCoursesAtFoundationOrAbove,
                twoCoursesAtPractitionerOrAbove, oneGradedAssignment, advanced);

        CompetencyReport after = competencies();
        assertThat(after.registered() - before.registered()).isEqualTo(6);
        CompetencyReport.Standard press = standard(after, "PRESS");
        CompetencyReport.Standard pressBefore = standard(before, "PRESS");
        long[] counted = {press.foundation() - pressBefore.foundation(),
                press.practitioner() - pressBefore.practitioner(), press.advanced() - pressBefore.advanced(),
                press.none() - pressBefore.none()};
        assertThat(counted).as("foundation, practitioner, advanced, none").containsExactly(1, 2, 1, 2);
        assertThat(counted).as("the levels the trainees' own profiles show")
                .containsExactly(profileCount(people, "PRESS", Level.FOUNDATION),
                        profileCount(people, "PRESS", Level.PRACTITIONER),
                        profileCount(people, "PRESS", Level.ADVANCED), profileCount(people, "PRESS", null));
        CompetencyReport.Standard crisis = standard(after, "CRISIS");
        assertThat(crisis.foundation() - standard(before, "CRISIS").foundation()).as("one graded assignment")
                .isEqualTo(1);
        assertThat(after.standards()).allSatisfy(s -> assertThat(s.foundation() + s.practitioner() + s.advanced()
                + s.none()).isEqualTo(after.registered()));
        assertThat(after.standards()).extracting(CompetencyReport.Standard::code).startsWith("LEGAL", "INSIGHT");
    }

    /** How many of the people's profiles show {@code level} (null: no level) in a standard. */
    private long profileCount(List<Person> people, String standard, Level level) {
        return people.stream().filter(p -> profiles.levels(p.id()).get(standard) == level).count();
    }

    private Person trainee() {
        return fixtures.trainee(reports.unit(TRENDS_UNIT));
    }

    private TrendReport trend(int months) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/reports/trends?unit=" + TRENDS_UNIT + "&months="
                + months).bearerAuth(reviewer), TrendReport.class);
    }

    private CompetencyReport competencies() {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/reports/competencies?unit=" + TRENDS_UNIT)
                .bearerAuth(reviewer), CompetencyReport.class);
    }

    private static CompetencyReport.Standard standard(CompetencyReport report, String code) {
        return report.standards().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
