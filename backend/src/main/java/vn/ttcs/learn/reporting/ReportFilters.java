package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.web.ProblemException;

import java.time.LocalDate;
import java.util.Set;

/** Turns the filters of a request (course, competency, period) into a {@link ReportFilter}, or says what is wrong. */
@Singleton
class ReportFilters {

    private final CourseCompetencies courses;
    private final CompetencyStandardRepository standards;
    private final ReportClock clock;

    ReportFilters(CourseCompetencies courses, CompetencyStandardRepository standards, ReportClock clock) {
        this.courses = courses;
        this.standards = standards;
        this.clock = clock;
    }

    ReportFilter resolve(@Nullable String course, @Nullable String competency, @Nullable LocalDate from,
                         @Nullable LocalDate to) {
        String courseCode = blankToNull(course);
        String standardCode = blankToNull(competency);
        if (courseCode != null && !courses.courseExists(courseCode)) {
            throw ProblemException.badRequest("course", "no course has the code '" + courseCode + "'");
        }
        if (standardCode != null && !standards.existsById(standardCode)) {
            throw ProblemException.badRequest("competency", "no competency standard has the code '" + standardCode
                    + "'");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.badRequest("to", "the period ends before it starts: 'to' (" + to
                    + ") must be after 'from' (" + from + ")");
        }
        Set<String> courseCodes = null;
        if (standardCode != null) {
            courseCodes = courses.developing(standardCode);
        }
        if (courseCode != null) {
            courseCodes = courseCodes == null || courseCodes.contains(courseCode) ? Set.of(courseCode) : Set.of();
        }
        return new ReportFilter(courseCode, standardCode, from, to, courseCodes,
                from == null ? null : clock.startOf(from), to == null ? null : clock.startOf(to));
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
