package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.competency.LevelRule;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of the reports, counted by the database: readable SQL with named parameters, grouped and counted
 * there, so a national report reads a few dozen rows however many trainees there are. docs/reporting.md defines what
 * is counted; V40__index-reporting.sql holds the indexes these queries use.
 *
 * <p>Optional filters are SQL fragments (constants) put into the statements with {@code %s}; values are always bound.
 */
@Singleton
@ReadOnly
class ReportQueries {

    /** With {@code u.enabled = TRUE}: a registered trainee, an enabled account with the trainee role. */
    private static final String TRAINEE_ROLE = "JOIN user_role r ON r.user_id = u.id AND r.role = 'TRAINEE'";

    /**
     * The trainees (user ids) holding a valid certificate now, with the last expiry among those certificates:
     * issued, not expired, not revoked, not superseded by a correction. Renewals are certificates like any other; a
     * person with several counts once because of the grouping. The first {@code %s} is {@link #HOLDER_IN_UNITS} in a
     * unit's report, so that it reads only that unit's certificates.
     */
    private static final String CERTIFIED_NOW = """
            SELECT c.user_id, MAX(c.expires_at) AS last_expiry
              FROM certificate c
              %s
             WHERE c.revoked_at IS NULL
               AND c.issued_at <= :now AND c.expires_at > :now
               AND NOT EXISTS (SELECT 1 FROM certificate s WHERE s.supersedes = c.id)
               %s
             GROUP BY c.user_id""";
    private static final String HOLDER_IN_UNITS =
            "JOIN app_user hu ON hu.id = c.user_id AND hu.unit_code IN (:unitCodes)";

    /** The trainees (user ids) with at least one enrolment; {@link #ENROLLEE_IN_UNITS} in a unit's report. */
    private static final String ENROLLED = """
            SELECT DISTINCT e.user_id
              FROM enrolment e
              %s
             %s""";
    private static final String ENROLLEE_IN_UNITS =
            "JOIN app_user hu ON hu.id = e.user_id AND hu.unit_code IN (:unitCodes)";

    /*
     * The counts of a report, per unit the people are recorded in (CertificationRates folds merged units into the
     * unit they were merged into). Three narrow queries rather than one wide join: each joins only the people it
     * counts (every trainee, those enrolled, those certified) to their account and role.
     */

    /** Registered trainees per unit. */
    private static final String REGISTERED_BY_UNIT = """
            SELECT u.unit_code, COUNT(*) AS trainees
              FROM app_user u
              %s
             WHERE u.enabled = TRUE
               %s
             GROUP BY u.unit_code""";

    /** Registered trainees with at least one enrolment, per unit. */
    private static final String ENROLLED_BY_UNIT = """
            SELECT u.unit_code, COUNT(*) AS trainees
              FROM (%s) en
              JOIN app_user u ON u.id = en.user_id
              %s
             WHERE u.enabled = TRUE
             GROUP BY u.unit_code""";

    /** Registered trainees holding a valid certificate, and those of them whose last one expires soon, per unit. */
    private static final String CERTIFIED_BY_UNIT = """
            SELECT u.unit_code, COUNT(*) AS trainees,
                   COUNT(CASE WHEN ce.last_expiry <= :expiringBy THEN 1 END) AS expiring
              FROM (%s) ce
              JOIN app_user u ON u.id = ce.user_id
              %s
             WHERE u.enabled = TRUE
             GROUP BY u.unit_code""";

    /** People in the units asked for (a unit and the units merged into it). */
    private static final String USER_IN_UNITS = "AND u.unit_code IN (:unitCodes)";
    private static final String CERTIFICATE_OF_COURSES = "AND c.course_code IN (:courseCodes)";
    private static final String ENROLMENT_OF_COURSES = "AND e.course_code IN (:courseCodes)";
    private static final String NOTHING = "AND 1 = 0";
    private static final String ISSUED_FROM = "AND c.issued_at >= :issuedFrom";
    private static final String ISSUED_BEFORE = "AND c.issued_at < :issuedBefore";

    /**
     * Per month of a trend: certificates issued (originals and renewals of today's trainees; corrections and revoked
     * certificates are not new certifications) and trainees certified at the month's end (among those whose account
     * existed then), when a certificate counts if it was issued by then, had not expired, had not yet been revoked and
     * had not yet been superseded. One column pair per month ({@link #ISSUED_IN_MONTH}, {@link #CERTIFIED_AT_MONTH_END}),
     * in one pass over the certificates.
     */
    private static final String CERTIFICATES_BY_MONTH = """
            SELECT %s
              FROM certificate c
              JOIN app_user u ON u.id = c.user_id
              %s
              LEFT JOIN certificate s ON s.supersedes = c.id
             WHERE u.enabled = TRUE
               AND c.issued_at <= :lastEnd AND c.expires_at > :firstStart
               %s""";
    /** {@code %2$s}: "<" for a past month, which ends where the next begins; "<=" for the current one, up to now. */
    private static final String ISSUED_IN_MONTH = """
            COUNT(CASE WHEN c.revoked_at IS NULL AND c.supersedes IS NULL
                        AND c.issued_at >= :start%1$d AND c.issued_at %2$s :end%1$d THEN 1 END) AS issued_%1$d""";
    private static final String CERTIFIED_AT_MONTH_END = """
            COUNT(DISTINCT CASE WHEN u.created_at <= :end%1$d
                                 AND c.issued_at <= :end%1$d AND c.expires_at > :end%1$d
                                 AND (c.revoked_at IS NULL OR c.revoked_at > :end%1$d)
                                 AND (s.id IS NULL OR s.issued_at > :end%1$d) THEN c.user_id END) AS certified_%1$d""";

    /** Per month of a trend: today's registered trainees whose account existed at the month's end. */
    private static final String REGISTERED_BY_MONTH = """
            SELECT %s
              FROM app_user u
              %s
             WHERE u.enabled = TRUE
               %s""";
    private static final String REGISTERED_AT_MONTH_END =
            "COUNT(CASE WHEN u.created_at <= :end%1$d THEN 1 END) AS registered_%1$d";

    /**
     * The level each registered trainee with evidence holds, per competency standard (level 1 Foundation,
     * 2 Practitioner, 3 Advanced, 0 evidence below any level), by the rule of their competency profile
     * (competency.LevelRule, docs/competency-profile.md): a level is held when evidence at it or above comes from one
     * passed assignment, or from at least two different assessments — a quiz or drill of a course counts once, however
     * many attempts passed it (the assessment key of EvidenceTrail). {@code %3$d} is LevelRule.ASSESSMENTS_NEEDED;
     * {@code %2$s} narrows the people (and the standard).
     */
    private static final String HELD_LEVELS = """
            SELECT ev.user_id, ev.standard_code,
                   CASE WHEN MAX(ev.assignment_rank) >= 3
                          OR COUNT(DISTINCT CASE WHEN ev.assessment_rank >= 3 THEN ev.assessment END) >= %3$d
                        THEN 3
                        WHEN MAX(ev.assignment_rank) >= 2
                          OR COUNT(DISTINCT CASE WHEN ev.assessment_rank >= 2 THEN ev.assessment END) >= %3$d
                        THEN 2
                        WHEN MAX(ev.assignment_rank) >= 1
                          OR COUNT(DISTINCT CASE WHEN ev.assessment_rank >= 1 THEN ev.assessment END) >= %3$d
                        THEN 1
                        ELSE 0 END AS level_rank
              FROM (SELECT e.user_id, e.standard_code,
                           CASE WHEN e.source_kind = 'ASSIGNMENT' THEN lv.level_rank ELSE 0 END AS assignment_rank,
                           CASE WHEN e.source_kind = 'ASSIGNMENT' THEN 0 ELSE lv.level_rank END AS assessment_rank,
                           CONCAT(e.source_kind, ':', v.course_code, '/',
                                  COALESCE(q.quiz_id, d.drill_id, '')) AS assessment
                      FROM competency_evidence e
                      JOIN (SELECT 'FOUNDATION' AS level, 1 AS level_rank
                            UNION ALL SELECT 'PRACTITIONER', 2
                            UNION ALL SELECT 'ADVANCED', 3) lv ON lv.level = e.level
                      JOIN course_version v ON v.id = e.course_version_id
                      LEFT JOIN quiz_attempt q ON e.source_kind = 'QUIZ_ATTEMPT' AND q.id = e.source_id
                      LEFT JOIN drill_run d ON e.source_kind = 'DRILL_RUN' AND d.id = e.source_id
                      JOIN app_user u ON u.id = e.user_id
                      %1$s
                     WHERE u.enabled = TRUE
                       %2$s) ev
             GROUP BY ev.user_id, ev.standard_code""";
    /** Registered trainees by the level they hold ({@link #HELD_LEVELS}), per competency standard. */
    private static final String LEVELS_BY_STANDARD = """
            SELECT held.standard_code, held.level_rank, COUNT(*) AS trainees
              FROM (%s) held
             WHERE held.level_rank > 0
             GROUP BY held.standard_code, held.level_rank""";
    private static final String OF_STANDARD = "AND e.standard_code = :standard";
    /** A drill-down by level: the trainees' level in one standard, none for those without evidence. */
    private static final String HELD_JOIN = "LEFT JOIN (%s) held ON held.user_id = u.id";
    private static final String HOLDS_LEVEL = "AND held.level_rank = :levelRank";
    private static final String HOLDS_NO_LEVEL = "AND (held.level_rank IS NULL OR held.level_rank = 0)";

    /**
     * The registered trainees a drill-down lists, a page at a time, by name: {@code %2$s} joins what selects them
     * ({@link Selection}), {@code %3$s} holds its conditions, {@code %1$s} narrows the enrolments counted.
     */
    private static final String TRAINEES = """
            SELECT u.id, u.full_name, u.username, u.job_title, u.unit_code,
                   (SELECT COUNT(*) FROM enrolment e WHERE e.user_id = u.id %1$s) AS enrolments
              FROM app_user u
              %2$s
             WHERE u.enabled = TRUE
               %3$s
             ORDER BY u.full_name, u.id
             LIMIT :limit OFFSET :offset""";
    /** How many registered trainees a drill-down (or a report) counts. */
    private static final String TRAINEES_COUNT = """
            SELECT COUNT(*)
              FROM app_user u
              %s
             WHERE u.enabled = TRUE
               %s""";
    private static final String ENROLLED_CONDITION = """
            AND EXISTS (SELECT 1 FROM enrolment e WHERE e.user_id = u.id %s)""";
    private static final String CERTIFIED_JOIN = "JOIN (%s) ce ON ce.user_id = u.id";
    private static final String EXPIRING_CONDITION = "AND ce.last_expiry <= :expiringBy";

    /** The valid certificates of some trainees, the one that expires last first. */
    private static final String VALID_CERTIFICATES_OF = """
            SELECT c.user_id, c.number, c.course_code, c.issued_at, c.expires_at
              FROM certificate c
             WHERE c.user_id IN (:userIds)
               AND c.revoked_at IS NULL
               AND c.issued_at <= :now AND c.expires_at > :now
               AND NOT EXISTS (SELECT 1 FROM certificate s WHERE s.supersedes = c.id)
               %s
             ORDER BY c.user_id, c.expires_at DESC, c.id DESC""";

    /** Registered trainees, enrolled, certified and expiring (certified trainees whose last expiry is near). */
    record Counts(long registered, long enrolled, long certified, long expiring) {

        static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(registered + other.registered, enrolled + other.enrolled, certified + other.certified,
                    expiring + other.expiring);
        }
    }

    /** One month of a trend: [start, end), end being now for the current month. */
    record Month(Instant start, Instant end) {
    }

    record MonthCounts(long issued, long registered, long certified) {
    }

    record TraineeRecord(long id, String fullName, String username, @Nullable String jobTitle, String unitCode,
                         long enrolments) {
    }

    /**
     * Which registered trainees a drill-down lists: what to join and the conditions that select them among the
     * enabled accounts with the trainee role, the condition on the enrolments it counts for each, and the values
     * they bind. Made by {@link #withStatus} and {@link #atLevel}, so that a list and the number it stands behind
     * come from the same definition.
     */
    record Selection(String joins, String conditions, String enrolments, Map<String, Object> parameters) {
    }

    record CertificateRecord(long userId, String number, String courseCode, Instant issuedAt, Instant expiresAt) {
    }

    private final ReportSql database;

    ReportQueries(ReportSql database) {
        this.database = database;
    }

    private <T> T query(String namedSql, Map<String, Object> parameters, ReportSql.Reader<T> reader) {
        return database.query(namedSql, parameters, reader);
    }

    /**
     * The counts of every unit that has registered trainees, keyed by the unit the people are recorded in (a merged
     * unit's code for its people).
     *
     * @param unitCodes the units whose people count (null: everyone)
     * @param expiringBy certified trainees whose last valid certificate expires by then are "expiring"
     */
    Map<String, Counts> countsByUnit(ReportFilter filter, Instant now, Instant expiringBy,
                                     @Nullable List<String> unitCodes) {
        Map<String, Object> parameters = parameters(filter, unitCodes);
        parameters.put("now", now);
        parameters.put("expiringBy", expiringBy);
        Map<String, long[]> counts = new HashMap<>();
        query(REGISTERED_BY_UNIT.formatted(TRAINEE_ROLE, inUnits(unitCodes)), parameters, rs -> {
            while (rs.next()) {
                counts.computeIfAbsent(rs.getString("unit_code"), code -> new long[4])[0] = rs.getLong("trainees");
            }
            return null;
        });
        query(ENROLLED_BY_UNIT.formatted(enrolled(filter, unitCodes), TRAINEE_ROLE), parameters, rs -> {
            while (rs.next()) {
                counts.computeIfAbsent(rs.getString("unit_code"), code -> new long[4])[1] = rs.getLong("trainees");
            }
            return null;
        });
        query(CERTIFIED_BY_UNIT.formatted(certifiedNow(filter, unitCodes), TRAINEE_ROLE), parameters, rs -> {
            while (rs.next()) {
                long[] row = counts.computeIfAbsent(rs.getString("unit_code"), code -> new long[4]);
                row[2] = rs.getLong("trainees");
                row[3] = rs.getLong("expiring");
            }
            return null;
        });
        Map<String, Counts> result = new HashMap<>();
        counts.forEach((code, c) -> result.put(code, new Counts(c[0], c[1], c[2], c[3])));
        return result;
    }

    /** Issued, registered and certified per month, oldest first. */
    List<MonthCounts> byMonth(List<Month> months, @Nullable List<String> unitCodes) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> certificateColumns = new ArrayList<>();
        List<String> registeredColumns = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            parameters.put("start" + i, months.get(i).start());
            parameters.put("end" + i, months.get(i).end());
            certificateColumns.add(ISSUED_IN_MONTH.formatted(i, i == months.size() - 1 ? "<=" : "<"));
            certificateColumns.add(CERTIFIED_AT_MONTH_END.formatted(i));
            registeredColumns.add(REGISTERED_AT_MONTH_END.formatted(i));
        }
        parameters.put("firstStart", months.get(0).start());
        parameters.put("lastEnd", months.get(months.size() - 1).end());
        if (unitCodes != null) {
            parameters.put("unitCodes", unitCodes);
        }
        String unitFilter = inUnits(unitCodes);
        long[][] certificates = query(CERTIFICATES_BY_MONTH.formatted(String.join(",\n       ", certificateColumns),
                TRAINEE_ROLE, unitFilter), parameters, rs -> {
            rs.next();
            long[][] values = new long[months.size()][2];
            for (int i = 0; i < months.size(); i++) {
                values[i][0] = rs.getLong("issued_" + i);
                values[i][1] = rs.getLong("certified_" + i);
            }
            return values;
        });
        long[] registered = query(REGISTERED_BY_MONTH.formatted(String.join(",\n       ", registeredColumns),
                TRAINEE_ROLE, unitFilter), parameters, rs -> {
            rs.next();
            long[] values = new long[months.size()];
            for (int i = 0; i < months.size(); i++) {
                values[i] = rs.getLong("registered_" + i);
            }
            return values;
        });
        List<MonthCounts> result = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            result.add(new MonthCounts(certificates[i][0], registered[i], certificates[i][1]));
        }
        return result;
    }

    /** Per standard code: how many registered trainees hold each level (1–3), by the profile's LevelRule. */
    Map<String, Map<Integer, Long>> levelsByStandard(@Nullable List<String> unitCodes) {
        String sql = LEVELS_BY_STANDARD.formatted(HELD_LEVELS.formatted(TRAINEE_ROLE, inUnits(unitCodes),
                LevelRule.ASSESSMENTS_NEEDED));
        return query(sql, parameters(ReportFilter.NONE, unitCodes), rs -> {
            Map<String, Map<Integer, Long>> levels = new LinkedHashMap<>();
            while (rs.next()) {
                levels.computeIfAbsent(rs.getString("standard_code"), code -> new HashMap<>())
                        .put(rs.getInt("level_rank"), rs.getLong("trainees"));
            }
            return levels;
        });
    }

    /**
     * The trainees behind a number of the certification report: registered trainees of some units (null: everyone)
     * with a status, as {@link #countsByUnit} counts them.
     */
    Selection withStatus(TraineeStatus status, ReportFilter filter, Instant now, Instant expiringBy,
                         @Nullable List<String> unitCodes) {
        String[] parts = traineeConditions(status, filter, unitCodes);
        Map<String, Object> parameters = parameters(filter, unitCodes);
        parameters.put("now", now);
        parameters.put("expiringBy", expiringBy);
        return new Selection(TRAINEE_ROLE + "\n" + parts[0], inUnits(unitCodes) + "\n" + parts[1],
                enrolmentOfCourses(filter), parameters);
    }

    /**
     * The trainees behind a number of the competency report: registered trainees of some units (null: everyone) who
     * hold {@code levelRank} (1–3) in a standard, or no level (0), as {@link #levelsByStandard} counts them.
     */
    Selection atLevel(String standard, int levelRank, @Nullable List<String> unitCodes) {
        String held = HELD_LEVELS.formatted(TRAINEE_ROLE, OF_STANDARD + "\n" + inUnits(unitCodes),
                LevelRule.ASSESSMENTS_NEEDED);
        Map<String, Object> parameters = parameters(ReportFilter.NONE, unitCodes);
        parameters.put("standard", standard);
        if (levelRank > 0) {
            parameters.put("levelRank", levelRank);
        }
        return new Selection(TRAINEE_ROLE + "\n" + HELD_JOIN.formatted(held),
                inUnits(unitCodes) + "\n" + (levelRank > 0 ? HOLDS_LEVEL : HOLDS_NO_LEVEL), "", parameters);
    }

    /** A page of the trainees a drill-down lists, by name. */
    List<TraineeRecord> trainees(Selection selection, int offset, int limit) {
        String sql = TRAINEES.formatted(selection.enrolments(), selection.joins(), selection.conditions());
        Map<String, Object> parameters = new HashMap<>(selection.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return query(sql, parameters, rs -> {
            List<TraineeRecord> trainees = new ArrayList<>();
            while (rs.next()) {
                trainees.add(new TraineeRecord(rs.getLong("id"), rs.getString("full_name"), rs.getString("username"),
                        rs.getString("job_title"), rs.getString("unit_code"), rs.getLong("enrolments")));
            }
            return trainees;
        });
    }

    /** How many trainees a drill-down lists. */
    long countTrainees(Selection selection) {
        return query(TRAINEES_COUNT.formatted(selection.joins(), selection.conditions()), selection.parameters(),
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Registered trainees of some units (null: of the whole country). */
    long countRegistered(@Nullable List<String> unitCodes) {
        return query(TRAINEES_COUNT.formatted(TRAINEE_ROLE, inUnits(unitCodes)), parameters(ReportFilter.NONE,
                unitCodes), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** The valid certificates (as filtered) of these trainees, the one that expires last first for each. */
    List<CertificateRecord> validCertificatesOf(List<Long> userIds, ReportFilter filter, Instant now) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        String sql = VALID_CERTIFICATES_OF.formatted(certificateConditions(filter));
        Map<String, Object> parameters = parameters(filter, null);
        parameters.put("userIds", userIds);
        parameters.put("now", now);
        return query(sql, parameters, rs -> {
            List<CertificateRecord> certificates = new ArrayList<>();
            while (rs.next()) {
                certificates.add(new CertificateRecord(rs.getLong("user_id"), rs.getString("number"),
                        rs.getString("course_code"), ReportSql.instant(rs, "issued_at"), ReportSql.instant(rs, "expires_at")));
            }
            return certificates;
        });
    }

    /** The join and the condition that select the trainees of a drill-down status. */
    private static String[] traineeConditions(TraineeStatus status, ReportFilter filter,
                                              @Nullable List<String> unitCodes) {
        return switch (status) {
            case REGISTERED -> new String[] {"", ""};
            case ENROLLED -> new String[] {"", ENROLLED_CONDITION.formatted(enrolmentOfCourses(filter))};
            case CERTIFIED -> new String[] {CERTIFIED_JOIN.formatted(certifiedNow(filter, unitCodes)), ""};
            case EXPIRING -> new String[] {CERTIFIED_JOIN.formatted(certifiedNow(filter, unitCodes)),
                    EXPIRING_CONDITION};
        };
    }

    private static String inUnits(@Nullable List<String> unitCodes) {
        return unitCodes == null ? "" : USER_IN_UNITS;
    }

    private static String certifiedNow(ReportFilter filter, @Nullable List<String> unitCodes) {
        return CERTIFIED_NOW.formatted(unitCodes == null ? "" : HOLDER_IN_UNITS, certificateConditions(filter));
    }

    private static String enrolled(ReportFilter filter, @Nullable List<String> unitCodes) {
        String courses = enrolmentOfCourses(filter);
        return ENROLLED.formatted(unitCodes == null ? "" : ENROLLEE_IN_UNITS,
                courses.isEmpty() ? "" : "WHERE" + courses.substring("AND".length()));
    }

    private static String certificateConditions(ReportFilter filter) {
        List<String> fragments = new ArrayList<>();
        if (filter.noCourse()) {
            fragments.add(NOTHING);
        } else if (!filter.allCourses()) {
            fragments.add(CERTIFICATE_OF_COURSES);
        }
        if (filter.issuedFrom() != null) {
            fragments.add(ISSUED_FROM);
        }
        if (filter.issuedBefore() != null) {
            fragments.add(ISSUED_BEFORE);
        }
        return String.join("\n   ", fragments);
    }

    private static String enrolmentOfCourses(ReportFilter filter) {
        if (filter.noCourse()) {
            return NOTHING;
        }
        return filter.allCourses() ? "" : ENROLMENT_OF_COURSES;
    }

    private static Map<String, Object> parameters(ReportFilter filter, @Nullable List<String> unitCodes) {
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.allCourses() && !filter.noCourse()) {
            parameters.put("courseCodes", List.copyOf(filter.courseCodes()));
        }
        if (filter.issuedFrom() != null) {
            parameters.put("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedBefore() != null) {
            parameters.put("issuedBefore", filter.issuedBefore());
        }
        if (unitCodes != null) {
            parameters.put("unitCodes", unitCodes);
        }
        return parameters;
    }
}
