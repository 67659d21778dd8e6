package vn.ttcs.learn.reporting;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The certification report: one row per active unit the reader may see (after the search), totals by kind of unit
 * and overall (before the search), all counted at {@code asOf}.
 */
@Serdeable
record CertificationRateReport(Instant asOf, AppliedFilter filter, List<UnitRate> units, List<RateTotal> totals,
                               RateTotal overall) {
}
