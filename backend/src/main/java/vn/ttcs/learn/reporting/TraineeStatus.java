package vn.ttcs.learn.reporting;

import vn.ttcs.learn.web.ProblemException;

import java.util.Arrays;
import java.util.Locale;

/** Which trainees of a unit a drill-down lists: those behind one number of the unit's row. */
enum TraineeStatus {
    REGISTERED, ENROLLED, CERTIFIED, EXPIRING;

    static TraineeStatus parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + Arrays.stream(values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
        }
    }
}
