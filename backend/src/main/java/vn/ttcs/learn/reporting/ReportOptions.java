package vn.ttcs.learn.reporting;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/**
 * What reports can be narrowed to: the courses (by their current title, with the standards they develop) and the
 * competency standards (in framework order).
 */
@Serdeable
record ReportOptions(List<Course> courses, List<Competency> competencies) {

    @Serdeable
    record Course(String code, LocalizedText title, List<String> competencies) {
    }

    @Serdeable
    record Competency(String code, LocalizedText name) {
    }
}
