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
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;
import static vn.ttcs.learn.support.ReportFixtures.EMPTY_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.MERGED_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.MERGE_TARGET;
import static vn.ttcs.learn.support.ReportFixtures.RATES_UNIT;

/**
 * The definitions of docs/reporting.md, checked on hand-built people and certificates in units reserved for this
 * class (see {@link ReportFixtures}); each test compares a unit's row after its data was added with the row before.
 */
@MicronautTest(transactional = false)
class CertificationRateTest {

    private static final Duration DAY = Duration.ofDays(1);
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
    void aUnitWithoutTraineesHasNoRateAndItsWholeTargetAsGap() {
        UnitRate empty = row(EMPTY_UNIT, "");

        assertThat(empty.registered()).isZero();
        assertThat(empty.enrolled()).isZero();
        assertThat(empty.certified()).isZero();
        assertThat(empty.expiring()).isZero();
        assertThat(empty.rate()).as("no rate, rather than a division by zero").isNull();
        assertThat(empty.target()).isEqualTo(reports.unit(EMPTY_UNIT).target()).isPositive();
        assertThat(empty.gap()).isEqualTo(empty.target());
    }

    @Test
    void revokedAndExpiredCertificatesDoNotMakeATraineeCertified() {
        UnitRate before = row(RATES_UNIT, "");
        Instant now = Instant.now();

        certificates.pressCertificate(trainee());
        reports.revoke(certificates.pressCertificate(trainee()), now);
        reports.redate(certificates.pressCertificate(trainee()), now.minus(DAY.multipliedBy(740)), now.minus(DAY));

        UnitRate after = row(RATES_UNIT, "");
        assertThat(after.registered() - before.registered()).isEqualTo(3);
        assertThat(after.certified() - before.certified()).as("only the valid certificate counts").isEqualTo(1);
        assertThat(after.rate()).isEqualTo((double) after.certified() / after.registered());
        assertThat(after.gap()).isEqualTo(Math.max(after.target() - (int) after.certified(), 0));
    }

    @Test
    void aTraineeWithARenewalOrACorrectionIsCertifiedOnceAndASupersededCertificateNotAtAll() {
        UnitRate before = row(RATES_UNIT, "");

        Person renewed = trainee();
        Certificate original = certificates.pressCertificate(renewed);
        issuer.issue(renewed.id(), original.courseVersionId(), CertificateFixtures.PRESS_COMPETENCIES, original.id());
        issuer.correct(certificates.pressCertificate(trainee()).id());
        Certificate correction = issuer.correct(certificates.pressCertificate(trainee()).id());
        reports.revoke(correction, Instant.now());

        UnitRate after = row(RATES_UNIT, "");
        assertThat(after.registered() - before.registered()).isEqualTo(3);
        assertThat(after.certified() - before.certified())
                .as("renewed: once; corrected: once; corrected, then the correction revoked: not at all")
                .isEqualTo(2);
    }

    @Test
    void disabledAccountsAndPeopleWithoutTheTraineeRoleAreNotRegistered() {
        UnitRate before = row(RATES_UNIT, "");

        Person disabled = trainee();
        certificates.pressCertificate(disabled);
        reports.disable(disabled);
        certificates.pressCertificate(fixtures.person("manager", reports.unit(RATES_UNIT), Set.of(Role.UNIT_MANAGER)));

        UnitRate after = row(RATES_UNIT, "");
        assertThat(after.registered()).isEqualTo(before.registered());
        assertThat(after.certified()).isEqualTo(before.certified());
    }

    @Test
    void expiringCountsCertifiedTraineesWhoseLastValidCertificateEndsWithinSixtyDays() {
        UnitRate before = row(RATES_UNIT, "");
        Instant now = Instant.now();

        reports.redate(certificates.pressCertificate(trainee()), now.minus(DAY.multipliedBy(700)), now.plus(DAY.multipliedBy(30)));
        Person renewedInTime = trainee();
        Certificate ending = certificates.pressCertificate(renewedInTime);
        issuer.issue(renewedInTime.id(), ending.courseVersionId(), CertificateFixtures.PRESS_COMPETENCIES, ending.id());
        reports.redate(ending, now.minus(DAY.multipliedBy(700)), now.plus(DAY.multipliedBy(30)));
        reports.redate(certificates.pressCertificate(trainee()), now.minus(DAY.multipliedBy(640)), now.plus(DAY.multipliedBy(90)));

        UnitRate after = row(RATES_UNIT, "");
        assertThat(after.certified() - before.certified()).isEqualTo(3);
        assertThat(after.expiring() - before.expiring())
                .as("only the trainee whose certification ends in 30 days and has no renewal").isEqualTo(1);
    }

    @Test
    void enrolledCountsTraineesWithAnEnrolmentInTheChosenCourse() {
        UnitRate before = row(RATES_UNIT, "");
        UnitRate pressBefore = row(RATES_UNIT, "&course=bao-chi-phat-ngon");
        UnitRate evaluationBefore = row(RATES_UNIT, "&competency=EVALUATE");

        Person twice = trainee();
        reports.enrol(twice, CertificateFixtures.PRESS_COURSE);
        reports.enrol(twice, "xu-ly-khung-hoang");
        reports.enrol(trainee(), "nen-tang-ttcs");
        trainee();

        assertThat(row(RATES_UNIT, "").enrolled() - before.enrolled()).as("people, not enrolments").isEqualTo(2);
        assertThat(row(RATES_UNIT, "&course=bao-chi-phat-ngon").enrolled() - pressBefore.enrolled()).isEqualTo(1);
        assertThat(row(RATES_UNIT, "&competency=EVALUATE").enrolled() - evaluationBefore.enrolled())
                .as("no course above is one of those that develop EVALUATE").isZero();
    }

    @Test
    void courseCompetencyAndPeriodFiltersCountOnlyTheCertificatesTheyName() {
        LocalDate monthAgo = LocalDate.now(PLATFORM_ZONE).minusDays(30);
        String recentPeriod = "&from=" + monthAgo;
        String earlierPeriod = "&to=" + monthAgo;
        List<String> filters = List.of("", "&course=bao-chi-phat-ngon", "&course=xu-ly-khung-hoang",
                "&competency=PRESS", "&competency=EVALUATE", "&course=bao-chi-phat-ngon&competency=EVALUATE",
                recentPeriod, earlierPeriod);
        List<UnitRate> before = filters.stream().map(f -> row(RATES_UNIT, f)).toList();

        certificates.pressCertificate(trainee());
        Instant now = Instant.now();
        reports.redate(certificates.pressCertificate(trainee()), now.minus(DAY.multipliedBy(400)), now.plus(DAY.multipliedBy(330)));

        List<Long> certifiedMore = new java.util.ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            UnitRate after = row(RATES_UNIT, filters.get(i));
            assertThat(after.registered() - before.get(i).registered()).as("filters never change registered")
                    .isEqualTo(2);
            certifiedMore.add(after.certified() - before.get(i).certified());
        }
        assertThat(certifiedMore).as("certified more, for each of " + filters)
                .containsExactly(2L, 2L, 0L, 2L, 0L, 0L, 1L, 1L);
        assertThat(report("&course=bao-chi-phat-ngon&competency=EVALUATE").filter().courses()).isEmpty();
        assertThat(report("&competency=PRESS").filter().courses())
                .containsExactly("bao-chi-phat-ngon", "xu-ly-khung-hoang");
    }

    @Test
    void theTraineesOfAMergedUnitCountTowardTheUnitItWasMergedInto() {
        assertThat(reports.unit(MERGED_UNIT).mergedInto()).isEqualTo(MERGE_TARGET);
        UnitRate before = row(MERGE_TARGET, "");

        Person stayed = fixtures.trainee(reports.unit(MERGED_UNIT));
        Certificate issuedInMergedUnit = certificates.pressCertificate(stayed);
        certificates.pressCertificate(fixtures.trainee(reports.unit(MERGE_TARGET)));

        CertificationRateReport report = report("");
        UnitRate after = report.units().stream().filter(u -> u.code().equals(MERGE_TARGET)).findFirst().orElseThrow();
        assertThat(issuedInMergedUnit.unitCode()).isEqualTo(MERGED_UNIT);
        assertThat(after.registered() - before.registered()).isEqualTo(2);
        assertThat(after.certified() - before.certified()).isEqualTo(2);
        assertThat(after.mergedUnits()).contains(MERGED_UNIT);
        assertThat(report.units()).extracting(UnitRate::code).doesNotContain(MERGED_UNIT);
    }

    @Test
    void totalsByKindAddUpTheirUnitsAndOneUnitAboveTargetDoesNotOffsetAnotherBelowIt() {
        certificates.pressCertificate(trainee());
        CertificationRateReport report = report("");

        assertThat(report.units()).allSatisfy(u -> {
            assertThat(u.gap()).isEqualTo(u.target() == null ? null : Math.max(u.target() - (int) u.certified(), 0));
            assertThat(u.rate()).isEqualTo(u.registered() == 0 ? null : (double) u.certified() / u.registered());
        });
        for (RateTotal total : report.totals()) {
            List<UnitRate> ofKind = report.units().stream().filter(u -> u.kind() == total.kind()).toList();
            assertThat(total.units()).isEqualTo(ofKind.size());
            assertThat(total.registered()).isEqualTo(ofKind.stream().mapToLong(UnitRate::registered).sum());
            assertThat(total.certified()).isEqualTo(ofKind.stream().mapToLong(UnitRate::certified).sum());
            assertThat(total.gap()).isEqualTo(ofKind.stream().map(UnitRate::gap).filter(Objects::nonNull)
                    .mapToInt(g -> g).sum());
            assertThat(total.rate()).isEqualTo(total.registered() == 0 ? null
                    : (double) total.certified() / total.registered());
        }
        assertThat(report.totals()).extracting(RateTotal::kind).containsExactly(UnitKind.values());
        assertThat(report.overall().units()).isEqualTo(report.units().size());
        assertThat(report.overall().certified()).isEqualTo(report.totals().stream().mapToLong(RateTotal::certified).sum());
    }

    @Test
    void searchIgnoresDiacriticsAndSortingFollowsTheChosenColumn() {
        assertThat(report("&q=lang%20son").units()).extracting(UnitRate::code).containsExactly(RATES_UNIT);
        assertThat(report("&q=L%E1%BA%A1ng%20S%C6%A1n").units()).extracting(UnitRate::code).containsExactly(RATES_UNIT);
        assertThat(report("&q=lang%20son").overall().units()).as("totals are before the search").isGreaterThan(30);

        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<String> byName = report("&sort=name").units().stream().map(u -> u.name().vi()).toList();
        assertThat(byName).isSortedAccordingTo(vietnamese);
        List<UnitRate> byRate = report("&sort=-rate").units();
        List<Double> rates = byRate.stream().map(UnitRate::rate).toList();
        int firstWithoutRate = rates.indexOf(null);
        assertThat(rates.subList(0, firstWithoutRate)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rates.subList(firstWithoutRate, rates.size())).as("units without a rate come last").containsOnlyNulls();
        assertThat(report("&sort=-registered").units()).extracting(UnitRate::registered)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        var wrong = failing(() -> report("&sort=popularity"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.detail()).contains("sort");
    }

    @Test
    void theFiltersOfferEveryCourseWithItsCompetenciesAndEveryStandard() {
        ReportOptions options = client.toBlocking().retrieve(HttpRequest.GET("/api/reports/filters")
                .bearerAuth(reviewer), ReportOptions.class);

        assertThat(options.courses()).extracting(ReportOptions.Course::code).contains(CertificateFixtures.PRESS_COURSE,
                "xu-ly-khung-hoang");
        assertThat(options.courses()).filteredOn(c -> c.code().equals(CertificateFixtures.PRESS_COURSE)).singleElement()
                .satisfies(c -> {
                    assertThat(c.title().vi()).isEqualTo("Quan hệ báo chí và công tác phát ngôn");
                    assertThat(c.competencies()).contains("PRESS", "LEGAL");
                });
        assertThat(options.competencies()).extracting(ReportOptions.Competency::code).contains("PRESS", "EVALUATE");
    }

    @Test
    void unknownFiltersAreRefusedWithWhatToFix() {
        assertThat(failing(() -> report("&course=nope")).detail()).contains("course").contains("nope");
        assertThat(failing(() -> report("&competency=NOPE")).detail()).contains("competency");
        assertThat(failing(() -> report("&from=2026-02-01&to=2026-01-01")).status()).isEqualTo(400);
        assertThat(failing(() -> client.toBlocking().retrieve(HttpRequest.GET(
                "/api/reports/certification-rates?groupBy=course").bearerAuth(reviewer), String.class)).status())
                .isEqualTo(400);
    }

    private Person trainee() {
        return fixtures.trainee(reports.unit(RATES_UNIT));
    }

    private CertificationRateReport report(String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/reports/certification-rates?groupBy=unit" + query)
                .bearerAuth(reviewer), CertificationRateReport.class);
    }

    private UnitRate row(String unitCode, String query) {
        return report(query).units().stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow();
    }
}
