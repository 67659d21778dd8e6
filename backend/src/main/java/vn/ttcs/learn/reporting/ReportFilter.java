package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a report is narrowed to, resolved: the courses that count (null: every course; empty: none, as for a
 * competency no course develops) and the period in which certificates were issued, as instants in the platform's
 * time zone ({@code issuedFrom} inclusive, {@code issuedBefore} exclusive; either may be open).
 *
 * @param course     the course code asked for, as given
 * @param competency the competency standard code asked for, as given
 * @param from       the first day of the period, as given
 * @param to         the day after the period, as given
 */
record ReportFilter(@Nullable String course, @Nullable String competency, @Nullable LocalDate from,
                    @Nullable LocalDate to, @Nullable Set<String> courseCodes, @Nullable Instant issuedFrom,
                    @Nullable Instant issuedBefore) {

    static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null);

    boolean allCourses() {
        return courseCodes == null;
    }

    boolean noCourse() {
        return courseCodes != null && courseCodes.isEmpty();
    }
}
