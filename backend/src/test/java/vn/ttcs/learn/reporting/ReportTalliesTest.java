package vn.ttcs.learn.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.certification.CertificateIssuer;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.ReportFixtures.EMPTY_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.TALLY_MERGED_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.TALLY_MOVE_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.TALLY_UNIT;

/**
 * The report tallies, kept in the transactions of the platform's writes, agree with a count from scratch of the
 * records ({@link ReportQueries#countsByUnit}, the definitions of docs/reporting.md), on hand-built people: revoked,
 * expired, renewed and corrected certificates, a merged unit, a unit without trainees, accounts disabled, moved to
 * another unit, stripped of the trainee role and imported — and at every instant around the expiries, since
 * "certified" changes as time passes with no write at all.
 */
@MicronautTest(transactional = false)
class ReportTalliesTest {

    private static final List<String> UNITS = List.of(TALLY_UNIT, TALLY_MERGED_UNIT, TALLY_MOVE_UNIT, EMPTY_UNIT);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    EnrolmentFixtures enrolments;

    @Inject
    ReportFixtures reports;

    @Inject
    CertificateIssuer issuer;

    @Inject
    ReportFilters filters;

    @Inject
    ReportQueries recount;

    @Inject
    TalliedCounts tallies;

    @Inject
    ReportClock clock;

    @Test
    void theTalliesAgreeWithARecountFromTheRecordsAtEveryInstantAroundTheExpiries() {
        Instant now = clock.now();
        List<Instant> expiries = handBuiltPeople(now);

        Set<Instant> instants = new TreeSet<>();
        instants.add(clock.now());
        for (Instant expiry : expiries) {
            for (Instant edge : List.of(expiry, expiry.minus(Certificate.EXPIRY_WARNING))) {
                instants.addAll(List.of(edge.minus(1, ChronoUnit.MICROS), edge, edge.plus(1, ChronoUnit.MICROS)));
            }
        }
        instants.add(clock.startOf(clock.date(now).withDayOfMonth(1).plusMonths(1)));
        instants.removeIf(at -> at.isBefore(now.minus(Duration.ofDays(300))));

        for (ReportFilter filter : List.of(ReportFilter.NONE, course(CertificateFixtures.PRESS_COURSE),
                course(EnrolmentFixtures.CRISIS_COURSE))) {
            for (Instant at : instants) {
                Instant expiringBy = at.plus(Certificate.EXPIRY_WARNING);
                assertThat(tallies.countsByUnit(filter, at, expiringBy, UNITS))
                        .as("course %s at %s", filter.course(), at)
                        .isEqualTo(recount.countsByUnit(filter, at, expiringBy, UNITS));
            }
        }
        ReportQueries.Counts unit = tallies.countsByUnit(ReportFilter.NONE, clock.now(),
                clock.now().plus(Certificate.EXPIRY_WARNING), UNITS).get(TALLY_UNIT);
        assertThat(unit.certified()).as("the data holds certified people").isPositive();
        assertThat(unit.expiring()).as("and expiring ones").isPositive();
        assertThat(tallies.countsByUnit(ReportFilter.NONE, now, now.plus(Certificate.EXPIRY_WARNING),
                List.of(EMPTY_UNIT)))
                .as("a unit without trainees has no tallies").isEmpty();
    }

    @Test
    void aRebuildFromScratchByAnAdministratorGivesTheSameCountsAsTheTalliesKeptAlongTheWay() {
        handBuiltPeople(clock.now());
        Instant now = clock.now();
        Map<String, ReportQueries.Counts> kept = tallies.countsByUnit(ReportFilter.NONE, now,
                now.plus(Certificate.EXPIRY_WARNING), UNITS);

        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        Map<?, ?> rebuilt = client.toBlocking().retrieve(HttpRequest.POST("/api/admin/report-tallies/rebuild", "")
                .bearerAuth(admin), Map.class);

        assertThat(((Number) rebuilt.get("trainees")).longValue()).isPositive();
        assertThat(tallies.countsByUnit(ReportFilter.NONE, now, now.plus(Certificate.EXPIRY_WARNING), UNITS))
                .isEqualTo(kept)
                .isEqualTo(recount.countsByUnit(ReportFilter.NONE, now, now.plus(Certificate.EXPIRY_WARNING), UNITS));
    }

    /** People of every kind the definitions distinguish; the expiries of their certificates. */
    private List<Instant> handBuiltPeople(Instant now) {
        List<Instant> expiries = new ArrayList<>();
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        String reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());

        fixtures.trainee(reports.unit(TALLY_UNIT));
        Person enrolled = fixtures.trainee(reports.unit(TALLY_UNIT));
        reports.enrol(enrolled, CertificateFixtures.PRESS_COURSE);
        client.toBlocking().exchange(HttpRequest.POST("/api/courses/" + EnrolmentFixtures.CRISIS_COURSE
                + "/enrolment", "").bearerAuth(fixtures.login(client.toBlocking(), enrolled)));
        fixtures.person("trainer", reports.unit(TALLY_UNIT), Set.of(Role.TRAINER));

        Instant endOfMonth = clock.startOf(clock.date(now).withDayOfMonth(1).plusMonths(1));
        for (Duration validFor : List.of(Duration.ofDays(300), Duration.ofDays(30), Duration.ofDays(60).plusHours(2),
                Duration.ofHours(1), Duration.ofDays(-10), Duration.between(now, endOfMonth).minusMinutes(1),
                Duration.between(now, endOfMonth))) {
            expiries.add(certified(reports.unit(TALLY_UNIT).code(), now.plus(validFor)).expiresAt());
        }
        expiries.add(certified(TALLY_MERGED_UNIT, now.plus(Duration.ofDays(200))).expiresAt());

        Certificate revoked = certified(TALLY_UNIT, now.plus(Duration.ofDays(100)));
        client.toBlocking().exchange(HttpRequest.POST("/api/certificates/" + revoked.id() + "/revocation",
                Map.of("reason", "Cấp nhầm người")).bearerAuth(reviewer));

        Certificate renewed = certified(TALLY_UNIT, now.plus(Duration.ofDays(20)));
        Certificate renewal = issuer.issue(renewed.userId(), certificates.currentVersionOf(
                CertificateFixtures.PRESS_COURSE), CertificateFixtures.PRESS_COMPETENCIES, renewed.id());
        reports.redate(renewal, now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(700)));
        expiries.addAll(List.of(renewed.expiresAt(), now.plus(Duration.ofDays(700))));

        Certificate corrected = certified(TALLY_UNIT, now.plus(Duration.ofDays(40)));
        reports.revoke(issuer.correct(corrected.id()), now);

        Certificate disabled = certified(TALLY_UNIT, now.plus(Duration.ofDays(50)));
        change(admin, disabled.userId(), user -> user.put("enabled", false));
        Certificate moved = certified(TALLY_UNIT, now.plus(Duration.ofDays(55)));
        change(admin, moved.userId(), user -> user.put("unitCode", TALLY_MOVE_UNIT));
        Certificate noLongerTrainee = certified(TALLY_UNIT, now.plus(Duration.ofDays(56)));
        change(admin, noLongerTrainee.userId(), user -> user.put("roles", List.of("TRAINER")));
        expiries.add(now.plus(Duration.ofDays(55)));

        String username = Fixtures.unique("tally-import");
        String csv = "full_name,email,username,unit_code,job_title\n"
                + "Hà Văn Nhập," + username + "@tinh.gov.vn," + username + "," + TALLY_UNIT + ",Chuyên viên\n";
        client.toBlocking().exchange(HttpRequest.POST("/api/users/import", MultipartBody.builder()
                        .addPart("file", "trainees.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8))
                        .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(admin));
        return expiries;
    }

    /** A trainee of the unit holding a press certificate issued long ago that expires at {@code expiresAt}. */
    private Certificate certified(String unitCode, Instant expiresAt) {
        Person holder = fixtures.trainee(reports.unit(unitCode));
        Certificate certificate = certificates.pressCertificate(holder);
        reports.redate(certificate, expiresAt.minus(Duration.ofDays(730)), expiresAt);
        return certificate;
    }

    @SuppressWarnings("unchecked")
    private void change(String admin, long userId, java.util.function.Consumer<Map<String, Object>> edit) {
        Map<String, Object> user = new java.util.HashMap<>(client.toBlocking().retrieve(
                HttpRequest.GET("/api/users/" + userId).bearerAuth(admin), Map.class));
        Map<String, Object> command = new java.util.HashMap<>();
        for (String field : List.of("fullName", "email", "jobTitle", "unitCode", "roles", "enabled", "version")) {
            command.put(field, user.get(field));
        }
        edit.accept(command);
        client.toBlocking().exchange(HttpRequest.PUT("/api/users/" + userId, command).bearerAuth(admin));
    }

    private ReportFilter course(String code) {
        return filters.resolve(code, null, null, null);
    }
}
