package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * Levels across the framework, for the whole country ({@code unit} null) or one unit: per standard, how many
 * registered trainees have each level as their highest evidenced level, and how many have no evidence yet.
 */
@Serdeable
record CompetencyReport(Instant asOf, @Nullable String unit, long registered, List<Standard> standards) {

    @Serdeable
    record Standard(String code, LocalizedText name, long foundation, long practitioner, long advanced, long none) {
    }
}
