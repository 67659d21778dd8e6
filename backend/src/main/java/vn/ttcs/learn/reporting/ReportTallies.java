package vn.ttcs.learn.reporting;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.shared.TraineeRecordChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the report tallies (V80__create-report-tallies.sql, docs/reporting.md) in step with the records they count.
 *
 * <p>Each change to a person ({@link TraineeRecordChanged}) re-derives that one person's contribution from their
 * account, enrolments and certificates, under a lock on their account row, and moves the tallies by the difference
 * from what they contributed before, in the transaction that made the change. {@link #rebuild()} recounts every
 * tally from scratch, for operators and on the first start after the tables were created.
 */
@Singleton
public class ReportTallies {

    /** The course code that stands for "any course" in the tallies. */
    static final String ANY_COURSE = "*";

    private static final Logger LOG = LoggerFactory.getLogger(ReportTallies.class);

    /** What a person contributes: their unit, and per course (and {@link #ANY_COURSE}) enrolled and last expiry. */
    record Contribution(String unitCode, Map<String, CourseState> courses) {
    }

    record CourseState(boolean enrolled, @Nullable Instant lastExpiry) {

        CourseState with(CourseState other) {
            Instant later = lastExpiry == null ? other.lastExpiry
                    : other.lastExpiry == null || lastExpiry.isAfter(other.lastExpiry) ? lastExpiry : other.lastExpiry;
            return new CourseState(enrolled || other.enrolled, later);
        }
    }

    /** How many rows a rebuild wrote. */
    @Serdeable
    public record Rebuilt(long trainees, long traineeCourses, long certifiedMonths, Instant rebuiltAt) {
    }

    private final ReportSql database;
    private final ReportClock clock;

    ReportTallies(ReportSql database, ReportClock clock) {
        this.database = database;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onChange(TraineeRecordChanged change) {
        refresh(change.userId());
    }

    /** The tallies were created but never counted (the first start after V80): count them now. */
    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (database.query("SELECT rebuilt_at FROM report_tally_state WHERE id = 1", Map.of(),
                rs -> rs.next() && rs.getTimestamp(1) == null)) {
            Rebuilt rebuilt = rebuild();
            LOG.info("Report tallies counted from scratch: {} trainees", rebuilt.trainees());
        }
    }

    /** Brings one person's contribution to the tallies up to date; the caller's transaction, if any, is used. */
    @Transactional
    public void refresh(long userId) {
        Map<String, Object> user = Map.of("userId", userId);
        // Locking reads: the latest committed rows, and a second change to the same person waits for this one.
        Contribution now = database.query("SELECT unit_code, enabled FROM app_user WHERE id = :userId FOR UPDATE",
                user, rs -> rs.next() ? (rs.getBoolean("enabled") ? counted(userId, rs.getString("unit_code")) : null)
                        : null);
        Contribution before = contributionOnRecord(userId);
        if (Objects.equals(before, now)) {
            return;
        }
        Map<List<Object>, Long> deltas = new HashMap<>();
        add(deltas, before, -1);
        add(deltas, now, 1);
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                applyDelta(key, delta);
            }
        });
        database.update("DELETE FROM report_trainee_course WHERE user_id = :userId", user);
        database.update("DELETE FROM report_trainee WHERE user_id = :userId", user);
        if (now != null) {
            database.update("INSERT INTO report_trainee (user_id, unit_code) VALUES (:userId, :unitCode)",
                    Map.of("userId", userId, "unitCode", now.unitCode()));
            now.courses().forEach((course, state) -> {
                Map<String, Object> row = new HashMap<>();
                row.put("userId", userId);
                row.put("course", course);
                row.put("unitCode", now.unitCode());
                row.put("enrolled", state.enrolled());
                row.put("lastExpiry", state.lastExpiry());
                database.update("""
                        INSERT INTO report_trainee_course (user_id, course_code, unit_code, enrolled, last_expiry)
                        VALUES (:userId, :course, :unitCode, :enrolled, :lastExpiry)""", row);
            });
        }
    }

    /** A registered trainee's contribution as their records say now; null if the account is not a trainee's. */
    @Nullable
    private Contribution counted(long userId, String unitCode) {
        Map<String, Object> user = Map.of("userId", userId);
        boolean trainee = database.query(
                "SELECT role FROM user_role WHERE user_id = :userId AND role = 'TRAINEE' FOR UPDATE", user,
                rs -> rs.next());
        if (!trainee) {
            return null;
        }
        Map<String, CourseState> courses = new HashMap<>();
        database.query("SELECT course_code FROM enrolment WHERE user_id = :userId FOR UPDATE", user, rs -> {
            while (rs.next()) {
                merge(courses, rs.getString("course_code"), new CourseState(true, null));
            }
            return null;
        });
        record Held(long id, String course, Instant expiresAt, boolean revoked, @Nullable Long supersedes) {
        }
        List<Held> held = database.query("""
                SELECT id, course_code, expires_at, revoked_at, supersedes
                  FROM certificate WHERE user_id = :userId FOR UPDATE""", user, rs -> {
            List<Held> rows = new ArrayList<>();
            while (rs.next()) {
                long supersedes = rs.getLong("supersedes");
                Long correctionOf = rs.wasNull() ? null : supersedes;
                rows.add(new Held(rs.getLong("id"), rs.getString("course_code"), ReportSql.instant(rs, "expires_at"),
                        rs.getTimestamp("revoked_at") != null, correctionOf));
            }
            return rows;
        });
        Set<Long> superseded = new HashSet<>();
        held.stream().map(Held::supersedes).filter(Objects::nonNull).forEach(superseded::add);
        held.stream().filter(c -> !c.revoked() && !superseded.contains(c.id()))
                .forEach(c -> merge(courses, c.course(), new CourseState(false, c.expiresAt())));
        return new Contribution(unitCode, courses);
    }

    /** Adds a course's state and folds it into "any course". */
    private static void merge(Map<String, CourseState> courses, String course, CourseState state) {
        courses.merge(course, state, CourseState::with);
        courses.merge(ANY_COURSE, state, CourseState::with);
    }

    @Nullable
    private Contribution contributionOnRecord(long userId) {
        Map<String, Object> user = Map.of("userId", userId);
        String unitCode = database.query("SELECT unit_code FROM report_trainee WHERE user_id = :userId FOR UPDATE",
                user, rs -> rs.next() ? rs.getString(1) : null);
        if (unitCode == null) {
            return null;
        }
        Map<String, CourseState> courses = database.query("""
                SELECT course_code, enrolled, last_expiry
                  FROM report_trainee_course WHERE user_id = :userId FOR UPDATE""", user, rs -> {
            Map<String, CourseState> rows = new HashMap<>();
            while (rs.next()) {
                rows.put(rs.getString("course_code"),
                        new CourseState(rs.getBoolean("enrolled"), ReportSql.instant(rs, "last_expiry")));
            }
            return rows;
        });
        return new Contribution(unitCode, courses);
    }

    /** Keys: [unit], [course, unit] (enrolled) or [course, month, unit] (certified). */
    private void add(Map<List<Object>, Long> deltas, @Nullable Contribution contribution, long sign) {
        if (contribution == null) {
            return;
        }
        deltas.merge(List.of(contribution.unitCode()), sign, Long::sum);
        contribution.courses().forEach((course, state) -> {
            if (state.enrolled()) {
                deltas.merge(List.of(course, contribution.unitCode()), sign, Long::sum);
            }
            if (state.lastExpiry() != null) {
                deltas.merge(List.of(course, month(state.lastExpiry()), contribution.unitCode()), sign,
                        Long::sum);
            }
        });
    }

    /** The first day of the month, in the platform's time zone, in which a certificate expires. */
    LocalDate month(Instant expiry) {
        return clock.date(expiry).withDayOfMonth(1);
    }

    private static final String ADD_REGISTERED = """
            INSERT INTO report_unit_tally (unit_code, registered) VALUES (:unitCode, :delta)
            ON DUPLICATE KEY UPDATE registered = registered + :delta""";
    private static final String ADD_ENROLLED = """
            INSERT INTO report_enrolled_tally (course_code, unit_code, trainees)
            VALUES (:course, :unitCode, :delta)
            ON DUPLICATE KEY UPDATE trainees = trainees + :delta""";
    private static final String ADD_CERTIFIED = """
            INSERT INTO report_certified_tally (course_code, expires_in, unit_code, trainees)
            VALUES (:course, :month, :unitCode, :delta)
            ON DUPLICATE KEY UPDATE trainees = trainees + :delta""";

    private void applyDelta(List<Object> key, long delta) {
        database.update(key.size() == 1 ? ADD_REGISTERED : key.size() == 2 ? ADD_ENROLLED : ADD_CERTIFIED,
                deltaRow(key, delta));
    }

    private static Map<String, Object> deltaRow(List<Object> key, long delta) {
        Map<String, Object> row = new HashMap<>();
        row.put("delta", delta);
        row.put("unitCode", key.get(key.size() - 1));
        row.put("course", key.get(0));
        if (key.size() == 3) {
            row.put("month", key.get(1));
        }
        return row;
    }

    /**
     * Recounts every tally from the records, in one transaction (writes that change what is counted wait for it:
     * seconds at national scale).
     */
    @Transactional
    public Rebuilt rebuild() {
        database.query("SELECT rebuilt_at FROM report_tally_state WHERE id = 1 FOR UPDATE", Map.of(), rs -> null);
        for (String table : List.of("report_certified_tally", "report_enrolled_tally", "report_unit_tally",
                "report_trainee_course", "report_trainee")) {
            database.update("DELETE FROM " + table, Map.of());
        }
        Map<String, Object> none = Map.of();
        long trainees = database.update("""
                INSERT INTO report_trainee (user_id, unit_code)
                SELECT u.id, u.unit_code
                  FROM app_user u
                  JOIN user_role r ON r.user_id = u.id AND r.role = 'TRAINEE'
                 WHERE u.enabled = TRUE""", none);
        long courses = database.update("""
                INSERT INTO report_trainee_course (user_id, course_code, unit_code, enrolled, last_expiry)
                SELECT t.user_id, x.course_code, t.unit_code,
                       CASE WHEN MAX(x.enrolled) = 1 THEN TRUE ELSE FALSE END, MAX(x.expires_at)
                  FROM report_trainee t
                  JOIN (SELECT e.user_id, e.course_code, 1 AS enrolled, NULL AS expires_at
                          FROM enrolment e
                        UNION ALL
                        SELECT c.user_id, c.course_code, 0, c.expires_at
                          FROM certificate c
                         WHERE c.revoked_at IS NULL
                           AND NOT EXISTS (SELECT 1 FROM certificate s WHERE s.supersedes = c.id)) x
                    ON x.user_id = t.user_id
                 GROUP BY t.user_id, x.course_code, t.unit_code""", none);
        courses += database.update("""
                INSERT INTO report_trainee_course (user_id, course_code, unit_code, enrolled, last_expiry)
                SELECT user_id, '*', unit_code,
                       CASE WHEN MAX(CASE WHEN enrolled THEN 1 ELSE 0 END) = 1 THEN TRUE ELSE FALSE END,
                       MAX(last_expiry)
                  FROM report_trainee_course
                 GROUP BY user_id, unit_code""", none);
        database.update("""
                INSERT INTO report_unit_tally (unit_code, registered)
                SELECT unit_code, COUNT(*) FROM report_trainee GROUP BY unit_code""", none);
        database.update("""
                INSERT INTO report_enrolled_tally (course_code, unit_code, trainees)
                SELECT course_code, unit_code, COUNT(*) FROM report_trainee_course WHERE enrolled = TRUE
                 GROUP BY course_code, unit_code""", none);
        // The month of expiry is taken in the platform's time zone, as the reports' "today" is.
        Map<List<Object>, Long> certified = database.query("""
                SELECT course_code, unit_code, last_expiry FROM report_trainee_course
                 WHERE last_expiry IS NOT NULL""", none, rs -> {
            Map<List<Object>, Long> days = new HashMap<>();
            while (rs.next()) {
                LocalDate month = month(ReportSql.instant(rs, "last_expiry"));
                days.merge(List.of(rs.getString("course_code"), month, rs.getString("unit_code")), 1L, Long::sum);
            }
            return days;
        });
        database.batch(ADD_CERTIFIED, certified.entrySet().stream()
                .map(entry -> deltaRow(entry.getKey(), entry.getValue())).toList());
        Instant rebuiltAt = clock.now();
        database.update("UPDATE report_tally_state SET rebuilt_at = :now WHERE id = 1", Map.of("now", rebuiltAt));
        return new Rebuilt(trainees, courses, certified.size(), rebuiltAt);
    }
}
