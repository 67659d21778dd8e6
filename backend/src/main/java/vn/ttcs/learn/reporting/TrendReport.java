package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * Certification over time, for the whole country ({@code unit} null) or one unit: per month, oldest first,
 * certificates issued in it and trainees registered and certified at its end (now, for the current month).
 */
@Serdeable
record TrendReport(Instant asOf, @Nullable String unit, @Nullable LocalizedText unitName, List<Point> months) {

    /** {@code month} is "2026-07", in the platform's time zone; {@code rate} is 0–1, or null without trainees. */
    @Serdeable
    record Point(String month, long issued, long registered, long certified, @Nullable Double rate) {
    }
}
