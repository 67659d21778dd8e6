package vn.ttcs.learn.reporting;

import vn.ttcs.learn.web.ProblemException;

import java.util.Arrays;
import java.util.Locale;

/**
 * A column of the competency report: the level trainees hold in a standard (docs/reporting.md, "levels"), or none
 * (no evidence yet, or evidence below any level). {@code rank} is the level's rank in ReportQueries, 0 for none.
 */
enum LevelHeld {
    FOUNDATION(1), PRACTITIONER(2), ADVANCED(3), NONE(0);

    final int rank;

    LevelHeld(int rank) {
        this.rank = rank;
    }

    String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LevelHeld parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("level", "must be one of " + Arrays.stream(values())
                    .map(LevelHeld::lowerCase).toList() + ", not '" + value + "'");
        }
    }
}
