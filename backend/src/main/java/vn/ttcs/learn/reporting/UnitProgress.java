package vn.ttcs.learn.reporting;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's trainees' progress for its manager: per registered trainee and enrolled course, the percentage of required
 * lessons done, the last lesson activity, the due date of an assignment and whether it is overdue (due date passed,
 * course not completed). Counted in SQL, a page at a time; overdue ones first, then by name.
 */
@Singleton
@ReadOnly
class UnitProgress {

    private static final String FROM = """
              FROM enrolment e
              JOIN app_user u ON u.id = e.user_id
              JOIN user_role r ON r.user_id = u.id AND r.role = 'TRAINEE'
             WHERE u.enabled = TRUE
               AND u.unit_code IN (:unitCodes)
               %s""";
    private static final String OVERDUE = "AND e.due_on < :today AND e.completed_at IS NULL";

    private static final String ROWS = """
            SELECT e.id, u.id AS user_id, u.full_name, u.username, e.course_code, e.due_on, e.completed_at,
                   (SELECT COUNT(*) FROM course_lesson l
                     WHERE l.course_version_id = e.course_version_id AND l.required = TRUE) AS required_lessons,
                   (SELECT COUNT(*) FROM lesson_progress p
                      JOIN course_lesson l ON l.course_version_id = p.course_version_id AND l.lesson_key = p.lesson_key
                     WHERE p.enrolment_id = e.id AND p.done_at IS NOT NULL AND l.required = TRUE) AS required_done,
                   (SELECT MAX(p.last_opened_at) FROM lesson_progress p WHERE p.enrolment_id = e.id) AS last_opened,
                   (SELECT MAX(p.done_at) FROM lesson_progress p WHERE p.enrolment_id = e.id) AS last_done,
                   CASE WHEN e.due_on < :today AND e.completed_at IS NULL THEN 1 ELSE 0 END AS overdue
            """ + FROM + """

             ORDER BY overdue DESC, u.full_name, u.id, e.course_code
             LIMIT :limit OFFSET :offset""";

    private final ReportSql database;
    private final CourseCatalog catalog;
    private final ReportClock clock;

    UnitProgress(ReportSql database, CourseCatalog catalog, ReportClock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    ProgressPage page(ReportingUnit unit, boolean overdueOnly, int page, int size) {
        LocalDate today = clock.date(clock.now());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("unitCodes", unit.codes());
        parameters.put("today", today);
        parameters.put("limit", size);
        parameters.put("offset", page * size);
        String condition = overdueOnly ? OVERDUE : "";
        long total = database.query("SELECT COUNT(*)\n" + FROM.formatted(condition), parameters,
                rs -> rs.next() ? rs.getLong(1) : 0L);
        List<ProgressPage.Row> rows = database.query(ROWS.formatted(condition), parameters, rs -> {
            List<ProgressPage.Row> found = new ArrayList<>();
            while (rs.next()) {
                long required = rs.getLong("required_lessons");
                int percent = required == 0 ? 100 : (int) (rs.getLong("required_done") * 100 / required);
                Instant opened = ReportSql.instant(rs, "last_opened");
                Instant done = ReportSql.instant(rs, "last_done");
                Instant last = opened == null ? done : done == null || opened.isAfter(done) ? opened : done;
                java.sql.Date due = rs.getDate("due_on");
                String course = rs.getString("course_code");
                found.add(new ProgressPage.Row(rs.getLong("id"), rs.getLong("user_id"), rs.getString("full_name"),
                        rs.getString("username"), course, title(course), percent, last,
                        due == null ? null : due.toLocalDate(), ReportSql.instant(rs, "completed_at"),
                        rs.getInt("overdue") == 1));
            }
            return found;
        });
        return new ProgressPage(unit.code(), overdueOnly, rows, page, size, total);
    }

    private LocalizedText title(String courseCode) {
        return catalog.current(courseCode).map(PublishedCourse::title).orElse(new LocalizedText(courseCode, courseCode));
    }
}
