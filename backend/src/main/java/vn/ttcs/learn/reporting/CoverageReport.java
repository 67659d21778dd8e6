package vn.ttcs.learn.reporting;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Directive 07 asks every unit to have trained officers: the units with no certified trainee at all, and the units
 * with fewer certified trainees than their target (largest gap first).
 */
@Serdeable
record CoverageReport(Instant asOf, AppliedFilter filter, List<UnitRate> noneCertified, List<UnitRate> belowTarget) {
}
