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
import static vn.ttcs.learn.support.ReportFixtures.TRENDS_UNIT;

/**
 * Trends (issued per month, certified and rate at each month's end) and the distribution of competency levels, on
 * people put in {@link ReportFixtures#TRENDS_UNIT} only; numbers are compared before and after.
 */
@MicronautTest(transactional = false)
class TrendAndCompetencyTest {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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
    void competencyLevelsCountEachTraineesHighestEvidencedLevelPerStandard() {
        CompetencyReport before = competencies();

        Person grown = trainee();
        reports.evidence(grown, "PRESS", "FOUNDATION");
        reports.evidence(grown, "PRESS", "PRACTITIONER");
        reports.evidence(grown, "CRISIS", "ADVANCED");
        Person starting = trainee();
        reports.evidence(starting, "PRESS", "FOUNDATION");
        trainee();

        CompetencyReport after = competencies();
        assertThat(after.registered() - before.registered()).isEqualTo(3);
        CompetencyReport.Standard press = standard(after, "PRESS");
        CompetencyReport.Standard pressBefore = standard(before, "PRESS");
        assertThat(press.foundation() - pressBefore.foundation()).isEqualTo(1);
        assertThat(press.practitioner() - pressBefore.practitioner()).isEqualTo(1);
        assertThat(press.advanced() - pressBefore.advanced()).isZero();
        assertThat(press.none() - pressBefore.none()).isEqualTo(1);
        CompetencyReport.Standard crisis = standard(after, "CRISIS");
        assertThat(crisis.advanced() - standard(before, "CRISIS").advanced()).isEqualTo(1);
        assertThat(after.standards()).allSatisfy(s -> assertThat(s.foundation() + s.practitioner() + s.advanced()
                + s.none()).isEqualTo(after.registered()));
        assertThat(after.standards()).extracting(CompetencyReport.Standard::code).startsWith("LEGAL", "INSIGHT");
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
