package vn.ttcs.learn.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.competency.Evidence.SourceKind.ASSIGNMENT;
import static vn.ttcs.learn.competency.Evidence.SourceKind.QUIZ_ATTEMPT;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.Problems.failing;
import static vn.ttcs.learn.support.ReportFixtures.DRILL_MERGED_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.DRILL_MERGE_TARGET;
import static vn.ttcs.learn.support.ReportFixtures.DRILL_UNIT;

/**
 * Every number of the totals by kind of unit and of the competency report stands for a list of trainees, selected by
 * the definition the number was counted with: the list holds as many trainees as the number says, with every filter.
 * People go in {@link ReportFixtures#DRILL_UNIT} (a province) and {@link ReportFixtures#DRILL_MERGED_UNIT}, a
 * province merged into a city, whose people count among the cities.
 */
@MicronautTest(transactional = false)
class DrillDownTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final List<String> STATUSES = List.of("registered", "enrolled", "certified", "expiring");
    private static final List<String> LEVELS = List.of("foundation", "practitioner", "advanced", "none");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    ReportFixtures reports;

    private String reviewer;

    @BeforeEach
    void signInAsReviewer() {
        reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());
    }

    @Test
    void everyTotalByKindIsTheNumberOfTraineesItsDrillDownLists() {
        Person registeredOnly = trainee();
        reports.enrol(trainee(), CertificateFixtures.PRESS_COURSE);
        certificates.pressCertificate(trainee());
        Instant now = Instant.now();
        reports.redate(certificates.pressCertificate(trainee()), now.minus(DAY.multipliedBy(700)),
                now.plus(DAY.multipliedBy(30)));
        Person disabled = trainee();
        certificates.pressCertificate(disabled);
        reports.disable(disabled);
        certificates.pressCertificate(fixtures.trainee(reports.unit(DRILL_MERGED_UNIT)));

        String monthAgo = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(30).toString();
        Map<String, Long> wrong = new LinkedHashMap<>();
        int compared = 0;
        for (String filter : List.of("", "&course=bao-chi-phat-ngon", "&competency=PRESS", "&competency=EVALUATE",
                "&from=" + monthAgo)) {
            CertificationRateReport report = client.toBlocking().retrieve(HttpRequest.GET(
                    "/api/reports/certification-rates?groupBy=unit" + filter).bearerAuth(reviewer),
                    CertificationRateReport.class);
            List<RateTotal> rows = new ArrayList<>(report.totals());
            rows.add(report.overall());
            for (RateTotal total : rows) {
                for (String status : STATUSES) {
                    String drill = "/api/reports/trainees?status=" + status + filter
                            + (total.kind() == null ? "" : "&kind=" + total.kind());
                    long listed = page(drill + "&size=1").total();
                    long counted = switch (status) {
                        case "registered" -> total.registered();
                        case "enrolled" -> total.enrolled();
                        case "certified" -> total.certified();
                        default -> total.expiring();
                    };
                    compared++;
                    if (listed != counted) {
                        wrong.put(drill + " lists " + listed + ", the table says", counted);
                    }
                }
            }
        }

        assertThat(compared).as("5 filters, 5 kinds and the overall row, 4 numbers each").isEqualTo(5 * 6 * 4);
        assertThat(wrong).isEmpty();
        assertThat(csv("/api/reports/trainees?kind=PROVINCE&status=registered"))
                .contains(registeredOnly.username()).doesNotContain(disabled.username());
    }

    @Test
    void theTraineesOfAUnitMergedIntoAnotherKindAreListedWithTheKindOfTheUnitTheyCountToward() {
        Person moved = fixtures.trainee(reports.unit(DRILL_MERGED_UNIT));
        certificates.pressCertificate(moved);
        assertThat(reports.unit(DRILL_MERGED_UNIT).kind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(reports.unit(DRILL_MERGE_TARGET).kind()).isEqualTo(UnitKind.CITY);

        String cities = csv("/api/reports/trainees?kind=CITY&status=certified");
        String provinces = csv("/api/reports/trainees?kind=PROVINCE&status=certified");
        String everyone = csv("/api/reports/trainees?status=certified");

        assertThat(cities.lines().filter(l -> l.contains(moved.username())).findFirst().orElseThrow())
                .as("listed with the unit they are recorded in").contains(DRILL_MERGED_UNIT);
        assertThat(provinces).doesNotContain(moved.username());
        assertThat(everyone).contains(moved.username());
    }

    @Test
    void theKindDrillDownXlsxListsTheSameTraineesAsTheJson() throws IOException {
        trainee();
        TraineePage json = page("/api/reports/trainees?kind=PROVINCE&status=registered&size=200&page=0");
        long total = json.total();

        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.GET(
                "/api/reports/trainees?kind=PROVINCE&status=registered&format=xlsx").bearerAuth(reviewer), byte[].class);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + (int) total);
            assertThat(rows.subList(1, 1 + json.items().size())).extracting(r -> r.getCellText(1))
                    .containsExactlyElementsOf(json.items().stream().map(TraineePage.Trainee::username).toList());
        }
        assertThat(json.kind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(json.status()).isEqualTo("registered");
        assertThat(json.unit()).isNull();
    }

    @Test
    void everyCountOfTheCompetencyReportIsTheNumberOfTraineesItsDrillDownLists() {
        Person foundation = trainee();
        reports.evidence(foundation, "PRESS", "FOUNDATION", ASSIGNMENT, CertificateFixtures.PRESS_COURSE);
        Person practitioner = trainee();
        reports.evidence(practitioner, "PRESS", "PRACTITIONER");
        reports.evidence(practitioner, "PRESS", "ADVANCED", QUIZ_ATTEMPT, CRISIS_COURSE);
        Person advanced = trainee();
        reports.evidence(advanced, "PRESS", "ADVANCED", ASSIGNMENT, CertificateFixtures.PRESS_COURSE);
        Person belowAnyLevel = trainee();
        reports.evidence(belowAnyLevel, "PRESS", "ADVANCED");
        Person noEvidence = trainee();

        Map<String, Long> wrong = new LinkedHashMap<>();
        for (String unit : List.of("", DRILL_UNIT)) {
            CompetencyReport report = client.toBlocking().retrieve(HttpRequest.GET("/api/reports/competencies"
                    + (unit.isEmpty() ? "" : "?unit=" + unit)).bearerAuth(reviewer), CompetencyReport.class);
            for (CompetencyReport.Standard standard : report.standards()) {
                long[] counted = {standard.foundation(), standard.practitioner(), standard.advanced(),
                        standard.none()};
                for (int i = 0; i < LEVELS.size(); i++) {
                    String drill = "/api/reports/competencies/" + standard.code() + "/trainees?level=" + LEVELS.get(i)
                            + (unit.isEmpty() ? "" : "&unit=" + unit);
                    long listed = page(drill + "&size=1").total();
                    if (listed != counted[i]) {
                        wrong.put(drill + " lists " + listed + ", the table says", counted[i]);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();

        Map<String, List<String>> press = new LinkedHashMap<>();
        for (String level : LEVELS) {
            TraineePage listed = page("/api/reports/competencies/PRESS/trainees?level=" + level + "&unit=" + DRILL_UNIT
                    + "&size=200");
            assertThat(listed.items()).allSatisfy(t -> assertThat(t.unitCode()).isEqualTo(DRILL_UNIT));
            assertThat(listed.standard()).isEqualTo("PRESS");
            assertThat(listed.level()).isEqualTo(level);
            assertThat(listed.unit()).isEqualTo(DRILL_UNIT);
            press.put(level, listed.items().stream().map(TraineePage.Trainee::username).toList());
        }
        assertThat(press.get("foundation")).contains(foundation.username()).doesNotContain(practitioner.username());
        assertThat(press.get("practitioner")).contains(practitioner.username());
        assertThat(press.get("advanced")).contains(advanced.username());
        assertThat(press.get("none")).contains(belowAnyLevel.username(), noEvidence.username())
                .doesNotContain(foundation.username(), advanced.username());
    }

    @Test
    void aDrillDownNamesWhatToFixWhenAskedForSomethingThatIsNotThere() {
        var kind = failing(() -> page("/api/reports/trainees?kind=PLANET"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.detail()).contains("kind").contains("PLANET");
        var status = failing(() -> page("/api/reports/trainees?status=famous"));
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.detail()).contains("status");
        var level = failing(() -> page("/api/reports/competencies/PRESS/trainees?level=expert"));
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.detail()).contains("level").contains("expert");
        assertThat(failing(() -> page("/api/reports/competencies/NOPE/trainees")).status()).isEqualTo(404);
        assertThat(failing(() -> page("/api/reports/competencies/PRESS/trainees?unit=" + ReportFixtures.MERGED_UNIT))
                .status()).as("a merged unit has no report of its own").isEqualTo(404);
    }

    private Person trainee() {
        return fixtures.trainee(reports.unit(DRILL_UNIT));
    }

    private TraineePage page(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(reviewer), TraineePage.class);
    }

    private String csv(String path) {
        return new String(client.toBlocking().retrieve(HttpRequest.GET(path + "&format=csv").bearerAuth(reviewer),
                byte[].class), StandardCharsets.UTF_8);
    }
}
