package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of the certification report read from the tallies ({@link ReportTallies}) rather than counted from the
 * records: the same numbers as {@link ReportQueries#countsByUnit} (a test holds them equal), for the filters the
 * tallies are kept for — every course, or one course, without a period.
 *
 * <p>Certified now means a last expiry after now. The tallies keep trainees by the month their last certificate
 * expires, so the months after this one are summed; this month, and the month in which "expiring" ends, are split at
 * the exact instant by reading the trainees whose last expiry falls in them (an index range).
 */
@Singleton
@ReadOnly
class TalliedCounts {

    private static final String UNIT_FILTER = "AND unit_code IN (:unitCodes)";

    private static final String REGISTERED = """
            SELECT unit_code, registered AS trainees FROM report_unit_tally WHERE 1 = 1 %s""";

    private static final String ENROLLED = """
            SELECT unit_code, trainees FROM report_enrolled_tally WHERE course_code = :course %s""";

    /** Months after this one; "expiring" whole months are those before the month the warning period ends in. */
    private static final String CERTIFIED_AFTER_THIS_MONTH = """
            SELECT unit_code, SUM(trainees) AS trainees,
                   SUM(CASE WHEN expires_in < :warningMonth THEN trainees ELSE 0 END) AS expiring
              FROM report_certified_tally
             WHERE course_code = :course AND expires_in > :thisMonth
               %s
             GROUP BY unit_code""";

    /**
     * The two partial months: expiring later this month, so valid now (certified and expiring), and expiring in the
     * month the warning period ends in, up to its end (expiring).
     */
    private static final String PARTIAL_MONTHS = """
            SELECT unit_code,
                   COUNT(CASE WHEN last_expiry < :nextMonthStart THEN 1 END) AS later_this_month,
                   COUNT(CASE WHEN last_expiry >= :warningMonthStart THEN 1 END) AS warning_month
              FROM report_trainee_course
             WHERE course_code = :course
               AND ((last_expiry > :now AND last_expiry < :nextMonthStart)
                    OR (last_expiry >= :warningMonthStart AND last_expiry <= :expiringBy))
               %s
             GROUP BY unit_code""";

    private final ReportSql database;
    private final ReportClock clock;

    TalliedCounts(ReportSql database, ReportClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the tallies answer this filter: every course or exactly one, and no period. */
    static boolean serves(ReportFilter filter) {
        return filter.issuedFrom() == null && filter.issuedBefore() == null
                && (filter.allCourses() || filter.courseCodes().size() == 1);
    }

    /** As {@link ReportQueries#countsByUnit}, for a filter the tallies {@linkplain #serves serve}. */
    Map<String, ReportQueries.Counts> countsByUnit(ReportFilter filter, Instant now, Instant expiringBy,
                                                   @Nullable List<String> unitCodes) {
        if (!serves(filter)) {
            throw new IllegalArgumentException("the tallies keep no counts for " + filter);
        }
        LocalDate thisMonth = clock.date(now).withDayOfMonth(1);
        LocalDate warningMonth = clock.date(expiringBy).withDayOfMonth(1);
        if (!warningMonth.isAfter(thisMonth)) {
            throw new IllegalArgumentException("the warning period must end in a later month than now");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("course", filter.allCourses() ? ReportTallies.ANY_COURSE : filter.courseCodes().iterator().next());
        parameters.put("now", now);
        parameters.put("thisMonth", thisMonth);
        parameters.put("nextMonthStart", clock.startOf(thisMonth.plusMonths(1)));
        parameters.put("warningMonth", warningMonth);
        parameters.put("warningMonthStart", clock.startOf(warningMonth));
        parameters.put("expiringBy", expiringBy);
        if (unitCodes != null) {
            parameters.put("unitCodes", unitCodes);
        }
        String units = unitCodes == null ? "" : UNIT_FILTER;
        Map<String, long[]> counts = new HashMap<>();
        database.query(REGISTERED.formatted(units), parameters, rs -> {
            while (rs.next()) {
                row(counts, rs.getString("unit_code"))[0] += rs.getLong("trainees");
            }
            return null;
        });
        database.query(ENROLLED.formatted(units), parameters, rs -> {
            while (rs.next()) {
                row(counts, rs.getString("unit_code"))[1] += rs.getLong("trainees");
            }
            return null;
        });
        database.query(CERTIFIED_AFTER_THIS_MONTH.formatted(units), parameters, rs -> {
            while (rs.next()) {
                long[] row = row(counts, rs.getString("unit_code"));
                row[2] += rs.getLong("trainees");
                row[3] += rs.getLong("expiring");
            }
            return null;
        });
        database.query(PARTIAL_MONTHS.formatted(units), parameters, rs -> {
            while (rs.next()) {
                long[] row = row(counts, rs.getString("unit_code"));
                long laterThisMonth = rs.getLong("later_this_month");
                row[2] += laterThisMonth;
                row[3] += laterThisMonth + rs.getLong("warning_month");
            }
            return null;
        });
        Map<String, ReportQueries.Counts> result = new HashMap<>();
        counts.forEach((code, c) -> {
            if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                result.put(code, new ReportQueries.Counts(c[0], c[1], c[2], c[3]));
            }
        });
        return result;
    }

    private static long[] row(Map<String, long[]> counts, String unitCode) {
        return counts.computeIfAbsent(unitCode, code -> new long[4]);
    }
}
