package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The filters a report was made with, as asked, and the courses they came to (null: every course). */
@Serdeable
record AppliedFilter(@Nullable String course, @Nullable String competency, @Nullable LocalDate from,
                     @Nullable LocalDate to, @Nullable List<String> courses) {

    static AppliedFilter of(ReportFilter filter) {
        return new AppliedFilter(filter.course(), filter.competency(), filter.from(), filter.to(),
                filter.courseCodes() == null ? null : filter.courseCodes().stream().sorted().toList());
    }
}
