package vn.ttcs.learn.reporting;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.UnitKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Not a test: fills a database with the volume the reports are designed for (200,000 trainees, 100,000
 * certificates, their enrolments and evidence) unless it holds them already, then times each report and prints the
 * median and 90th percentile, for docs/reporting.md. Run from backend/ with the test classpath:
 * <pre>
 * ../mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.ttcs.learn.reporting.ReportTiming [jdbc-url [user [password]]]
 * </pre>
 * Without a URL it uses an H2 file database in target/report-timing (the embedded default's engine).
 */
final class ReportTiming {

    private static final int TRAINEES = 200_000;
    private static final int CERTIFICATES = 100_000;
    private static final int RUNS = 11;
    private static final long FIRST_CERTIFICATE_ID = 50_000_000L;

    private ReportTiming() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:./target/report-timing/ttcs;MODE=MySQL;"
                + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", args.length > 1 ? args[1] : "sa");
        properties.put("datasources.default.password", args.length > 2 ? args[2] : "");
        properties.put("ttcs.data-dir", "target/report-timing");
        properties.put("ttcs.security.jwt-secret", "timing-only-secret-that-is-long-enough-for-hs256-signing");
        properties.put("ttcs.admin.initial-password", "timing-admin-password");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            fillIfEmpty(dataSource);
            long started = System.nanoTime();
            ReportTallies.Rebuilt rebuilt = context.getBean(ReportTallies.class).rebuild();
            System.out.printf("tallies recounted from scratch in %d ms: %s%n",
                    (System.nanoTime() - started) / 1_000_000, rebuilt);
            time(context);
        }
    }

    private static void time(ApplicationContext context) {
        ReportingUnits units = context.getBean(ReportingUnits.class);
        CertificationRates rates = context.getBean(CertificationRates.class);
        Trends trends = context.getBean(Trends.class);
        CompetencyLevels levels = context.getBean(CompetencyLevels.class);
        TraineeDrillDown drillDown = context.getBean(TraineeDrillDown.class);
        ReportFilters filters = context.getBean(ReportFilters.class);
        CurrentUser reviewer = new CurrentUser(1, "timing", "timing", "bo-vhttdl", EnumSet.of(Role.REVIEWER));
        ReportScope national = units.scopeFor(reviewer, null);
        ReportScope hanoi = units.scopeFor(reviewer, "tp-ha-noi");
        ReportFilter press = filters.resolve("bao-chi-phat-ngon", null, null, null);
        ReportFilter crisisCompetency = filters.resolve(null, "CRISIS", java.time.LocalDate.now().minusYears(1), null);

        ReportQueries queries = context.getBean(ReportQueries.class);
        ReportClock clock = context.getBean(ReportClock.class);
        time("national counts recounted from the records, no filter", () -> queries.countsByUnit(
                ReportFilter.NONE, clock.now(), clock.now().plus(Duration.ofDays(60)), null));
        time("national counts recounted from the records, one course", () -> queries.countsByUnit(
                press, clock.now(), clock.now().plus(Duration.ofDays(60)), null));
        time("national report, no filter", () -> rates.report(national, ReportFilter.NONE, null, null));
        time("national report, one course", () -> rates.report(national, press, null, null));
        time("national report, competency and period", () -> rates.report(national, crisisCompetency, null, null));
        time("one unit's report (Hà Nội)", () -> rates.report(hanoi, ReportFilter.NONE, null, null));
        time("coverage, national", () -> rates.coverage(national, ReportFilter.NONE));
        time("trends, national, 12 months", () -> trends.trend(national, 12));
        time("trends, Hà Nội, 12 months", () -> trends.trend(hanoi, 12));
        time("competency levels, national", () -> levels.distribution(national));
        time("drill-down, Hà Nội certified, first page", () -> drillDown.page(hanoi,
                new TraineeDrillDown.WithStatus(TraineeStatus.CERTIFIED, ReportFilter.NONE), 0, 50));
        time("drill-down, provinces certified, first page", () -> drillDown.page(new ReportScope(
                national.units().stream().filter(u -> u.unit().kind() == UnitKind.PROVINCE).toList(), false),
                new TraineeDrillDown.WithStatus(TraineeStatus.CERTIFIED, ReportFilter.NONE), 0, 50));
        time("drill-down, national, no PRESS level, first page", () -> drillDown.page(national,
                new TraineeDrillDown.AtLevel("PRESS", LevelHeld.NONE), 0, 50));
        System.out.println(rates.report(national, ReportFilter.NONE, null, null).overall());
    }

    private static void time(String what, Supplier<?> report) {
        report.get();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-45s median %4d ms, p90 %4d ms, max %4d ms%n", what, millis[RUNS / 2],
                millis[RUNS * 9 / 10], millis[RUNS - 1]);
    }

    private static void fillIfEmpty(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM app_user WHERE username LIKE 'timing-%'")) {
                rs.next();
                if (rs.getLong(1) >= TRAINEES) {
                    System.out.println("the database holds the timing data already");
                    return;
                }
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            fill(connection);
            connection.commit();
            System.out.printf("filled in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private static void fill(Connection connection) throws SQLException {
        Random random = new Random(7);
        List<String> units = strings(connection, "SELECT code FROM unit ORDER BY code");
        List<String> courses = strings(connection, "SELECT code FROM course ORDER BY code");
        Map<String, Long> versions = new HashMap<>();
        for (String course : courses) {
            versions.put(course, Long.parseLong(strings(connection,
                    "SELECT current_version_id FROM course WHERE code = '" + course + "'").get(0)));
        }
        List<String> standards = strings(connection, "SELECT code FROM competency_standard ORDER BY code");
        Instant now = Instant.now();
        long firstUser;
        try (PreparedStatement users = connection.prepareStatement("""
                INSERT INTO app_user (username, full_name, email, job_title, unit_code, password_hash, enabled,
                                      must_change_password, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)""")) {
            for (int i = 0; i < TRAINEES; i++) {
                Timestamp created = Timestamp.from(now.minus(Duration.ofHours(random.nextInt(24 * 900))));
                users.setString(1, "timing-" + i);
                users.setString(2, "Nguyễn Văn Thời Gian " + i);
                users.setString(3, "timing-" + i + "@example.gov.vn");
                users.setString(4, "Chuyên viên");
                users.setString(5, units.get(random.nextInt(units.size())));
                users.setString(6, "x".repeat(60));
                users.setBoolean(7, random.nextInt(50) != 0);
                users.setTimestamp(8, created);
                users.setTimestamp(9, created);
                users.addBatch();
                if (i % 5_000 == 4_999) {
                    users.executeBatch();
                }
            }
            users.executeBatch();
        }
        firstUser = Long.parseLong(strings(connection, "SELECT MIN(id) FROM app_user WHERE username LIKE 'timing-%'")
                .get(0));
        batch(connection, "INSERT INTO user_role (user_id, role) VALUES (?, 'TRAINEE')", TRAINEES,
                (ps, i) -> ps.setLong(1, firstUser + i));
        batch(connection, """
                INSERT INTO enrolment (user_id, course_code, course_version_id, enrolled_at)
                VALUES (?, ?, ?, ?)""", TRAINEES * 6 / 10, (ps, i) -> {
            String course = courses.get(i % courses.size());
            ps.setLong(1, firstUser + i);
            ps.setString(2, course);
            ps.setLong(3, versions.get(course));
            ps.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(i % 600))));
        });
        batch(connection, """
                INSERT INTO certificate (id, number, verification_code, issue_key, user_id, holder_name, unit_code,
                                         unit_name_vi, unit_name_en, course_code, course_version_id, course_title_vi,
                                         course_title_en, issuer_name_vi, issuer_name_en, competencies, issued_at,
                                         expires_at, renewal_of, supersedes, revoked_at, pdf, pdf_sha256)
                VALUES (?, ?, ?, ?, ?, 'Nguyễn Văn Thời Gian', ?, 'Đơn vị', 'Unit', ?, ?, 'Khóa học', 'Course',
                        'Bộ', 'Ministry', '[]', ?, ?, ?, NULL, ?, ?, ?)""", CERTIFICATES, (ps, i) -> {
            long id = FIRST_CERTIFICATE_ID + i;
            boolean renewal = i % 10 == 9;
            long user = firstUser + (renewal ? (i - 1) * 17L % (TRAINEES * 6 / 10) : i * 17L % (TRAINEES * 6 / 10));
            String course = courses.get((int) ((user - firstUser) % courses.size()));
            Instant issued = now.minus(Duration.ofDays(renewal ? 20 : 30 + (i % 900)));
            ps.setLong(1, id);
            ps.setString(2, "TIMING-" + id);
            ps.setString(3, "timing-code-" + id);
            ps.setString(4, "TIMING:" + id);
            ps.setLong(5, user);
            ps.setString(6, units.get(i % units.size()));
            ps.setString(7, course);
            ps.setLong(8, versions.get(course));
            ps.setTimestamp(9, Timestamp.from(issued));
            ps.setTimestamp(10, Timestamp.from(issued.plus(Duration.ofDays(730))));
            if (renewal) {
                ps.setLong(11, id - 1);
            } else {
                ps.setNull(11, java.sql.Types.BIGINT);
            }
            ps.setTimestamp(12, i % 50 == 0 ? Timestamp.from(issued.plus(Duration.ofDays(10))) : null);
            ps.setBytes(13, new byte[] {'%', 'P', 'D', 'F'});
            ps.setString(14, "0".repeat(64));
        });
        batch(connection, """
                INSERT INTO competency_evidence (user_id, standard_code, level, source_kind, source_id,
                                                 course_version_id, score_percent, recorded_at)
                VALUES (?, ?, ?, 'QUIZ_ATTEMPT', ?, ?, 80, ?)""", TRAINEES, (ps, i) -> {
            ps.setLong(1, firstUser + (i * 7L % TRAINEES));
            ps.setString(2, standards.get(i % standards.size()));
            ps.setString(3, List.of("FOUNDATION", "PRACTITIONER", "ADVANCED").get(i % 3));
            ps.setLong(4, 90_000_000L + i);
            ps.setLong(5, versions.get(courses.get(0)));
            ps.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(i % 500))));
        });
    }

    @FunctionalInterface
    private interface RowSetter {
        void set(PreparedStatement statement, int row) throws SQLException;
    }

    private static void batch(Connection connection, String sql, int rows, RowSetter setter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                setter.set(statement, i);
                statement.addBatch();
                if (i % 5_000 == 4_999) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
