package vn.ttcs.learn.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.competency.Evidence.SourceKind.ASSIGNMENT;
import static vn.ttcs.learn.support.Problems.failing;
import static vn.ttcs.learn.support.ReportFixtures.RATES_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.SECURITY_UNIT;

/**
 * A unit manager's reports are those of its own unit: the same endpoints, restricted; other units never appear, and
 * naming one answers 404, as for another unit's certificates. Reviewers and administrators see every unit.
 */
@MicronautTest(transactional = false)
class ReportSecurityTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    ReportFixtures reports;

    @Test
    void aUnitManagerSeesOnlyItsOwnUnitInEveryReport() {
        certificates.pressCertificate(fixtures.trainee(reports.unit(SECURITY_UNIT)));
        certificates.pressCertificate(fixtures.trainee(reports.unit(RATES_UNIT)));
        String manager = login(fixtures.unitManager(reports.unit(SECURITY_UNIT)));

        CertificationRateReport rates = get(manager, "/api/reports/certification-rates?groupBy=unit",
                CertificationRateReport.class);
        assertThat(rates.units()).extracting(UnitRate::code).containsExactly(SECURITY_UNIT);
        assertThat(rates.totals()).hasSize(1);
        assertThat(rates.overall().units()).isEqualTo(1);
        assertThat(rates.overall().registered()).isEqualTo(rates.units().get(0).registered()).isPositive();

        CoverageReport coverage = get(manager, "/api/reports/coverage", CoverageReport.class);
        assertThat(coverage.noneCertified()).extracting(UnitRate::code).doesNotContain(RATES_UNIT);
        assertThat(coverage.belowTarget()).extracting(UnitRate::code).containsOnly(SECURITY_UNIT);

        assertThat(get(manager, "/api/reports/trends", TrendReport.class).unit()).isEqualTo(SECURITY_UNIT);
        assertThat(get(manager, "/api/reports/competencies", CompetencyReport.class).unit()).isEqualTo(SECURITY_UNIT);
        assertThat(get(manager, "/api/reports/units/" + SECURITY_UNIT + "/trainees", TraineePage.class).total())
                .isPositive();

        String csv = new String(get(manager, "/api/reports/certification-rates?format=csv", byte[].class),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).as("the header and the manager's unit").isEqualTo(2);
        assertThat(csv).contains(SECURITY_UNIT).doesNotContain(RATES_UNIT);
    }

    @Test
    void anotherUnitDoesNotExistForAUnitManager() {
        String manager = login(fixtures.unitManager(reports.unit(SECURITY_UNIT)));

        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/reports/trends?unit=" + RATES_UNIT,
                "/api/reports/competencies?unit=" + RATES_UNIT,
                "/api/reports/units/" + RATES_UNIT + "/trainees",
                "/api/reports/units/" + RATES_UNIT + "/trainees?status=certified&format=csv",
                "/api/reports/units/" + RATES_UNIT + "/summary.pdf",
                "/api/reports/trainees?kind=CITY",
                "/api/reports/trainees?kind=MINISTRY&status=certified&format=xlsx",
                "/api/reports/competencies/PRESS/trainees?unit=" + RATES_UNIT,
                "/api/reports/competencies/PRESS/trainees?unit=" + RATES_UNIT + "&level=none&format=csv")) {
            answers.put(path, failing(() -> get(manager, path, String.class)).status());
        }

        assertThat(answers).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(404));
    }

    @Test
    void aUnitManagersDrillDownsByKindAndByLevelListItsOwnUnitsTraineesOnly() {
        Person own = fixtures.trainee(reports.unit(SECURITY_UNIT));
        certificates.pressCertificate(own);
        reports.evidence(own, "PRESS", "FOUNDATION", ASSIGNMENT, CertificateFixtures.PRESS_COURSE);
        Person other = fixtures.trainee(reports.unit(RATES_UNIT));
        certificates.pressCertificate(other);
        reports.evidence(other, "PRESS", "FOUNDATION", ASSIGNMENT, CertificateFixtures.PRESS_COURSE);
        String manager = login(fixtures.unitManager(reports.unit(SECURITY_UNIT)));
        UnitRate ownRow = get(manager, "/api/reports/certification-rates", CertificationRateReport.class).units().get(0);

        TraineePage provinces = get(manager, "/api/reports/trainees?kind=PROVINCE&status=certified&size=200",
                TraineePage.class);
        TraineePage everything = get(manager, "/api/reports/trainees?status=certified&size=200", TraineePage.class);
        TraineePage foundation = get(manager, "/api/reports/competencies/PRESS/trainees?level=foundation&size=200",
                TraineePage.class);
        String csv = new String(get(manager, "/api/reports/trainees?kind=PROVINCE&status=certified&format=csv",
                byte[].class), StandardCharsets.UTF_8);

        for (TraineePage page : List.of(provinces, everything, foundation)) {
            assertThat(page.items()).extracting(TraineePage.Trainee::unitCode).containsOnly(SECURITY_UNIT);
            assertThat(page.items()).extracting(TraineePage.Trainee::username).contains(own.username())
                    .doesNotContain(other.username());
        }
        assertThat(provinces.total()).as("the province total of their table: their own unit")
                .isEqualTo(ownRow.certified()).isEqualTo(everything.total());
        assertThat(csv).contains(own.username()).doesNotContain(other.username());
    }

    @Test
    void reviewersAndAdministratorsSeeEveryActiveUnitAndTraineesAndTrainersNothing() {
        for (Person reader : List.of(fixtures.reviewer(), fixtures.admin())) {
            String token = login(reader);
            CertificationRateReport rates = get(token, "/api/reports/certification-rates", CertificationRateReport.class);
            assertThat(rates.units()).hasSize(reports.activeUnitCount());
            assertThat(get(token, "/api/reports/trends?unit=" + SECURITY_UNIT, TrendReport.class).unit())
                    .isEqualTo(SECURITY_UNIT);
            HttpResponse<byte[]> pdf = client.toBlocking().exchange(HttpRequest.GET(
                    "/api/reports/units/" + SECURITY_UNIT + "/summary.pdf").bearerAuth(token), byte[].class);
            assertThat(pdf.code()).isEqualTo(200);
        }
        for (Person outsider : List.of(fixtures.trainee(reports.unit(SECURITY_UNIT)), fixtures.trainer())) {
            String token = login(outsider);
            assertThat(failing(() -> get(token, "/api/reports/certification-rates", String.class)).status())
                    .isEqualTo(403);
            for (String drillDown : List.of("/api/reports/units/" + SECURITY_UNIT + "/trainees",
                    "/api/reports/trainees?kind=PROVINCE", "/api/reports/competencies/PRESS/trainees")) {
                assertThat(failing(() -> get(token, drillDown, String.class)).status()).as(drillDown).isEqualTo(403);
            }
        }
    }

    @Test
    void aMergedOrUnknownUnitIsNotFoundEvenForAReviewer() {
        String reviewer = login(fixtures.reviewer());

        assertThat(failing(() -> get(reviewer, "/api/reports/trends?unit=" + ReportFixtures.MERGED_UNIT, String.class))
                .status()).isEqualTo(404);
        assertThat(failing(() -> get(reviewer, "/api/reports/units/no-such-unit/trainees", String.class)).status())
                .isEqualTo(404);
    }

    private String login(Person person) {
        return fixtures.login(client.toBlocking(), person);
    }

    private <T> T get(String token, String path, Class<T> type) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), type);
    }
}
