package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/**
 * One unit's row of the certification report (docs/reporting.md defines each number). {@code rate} is a fraction
 * (0–1), null when the unit has no registered trainee; {@code gap} is null when the unit has no target.
 */
@Serdeable
record UnitRate(String code, LocalizedText name, UnitKind kind, List<String> mergedUnits, long registered,
                long enrolled, long certified, @Nullable Double rate, long expiring, @Nullable Integer target,
                @Nullable Integer gap) {

    static UnitRate of(ReportingUnit reportingUnit, ReportQueries.Counts counts) {
        Unit unit = reportingUnit.unit();
        return new UnitRate(unit.code(), new LocalizedText(unit.nameVi(), unit.nameEn()), unit.kind(),
                reportingUnit.mergedCodes(), counts.registered(), counts.enrolled(), counts.certified(),
                rateOf(counts.certified(), counts.registered()), counts.expiring(), unit.target(),
                gapOf(unit.target(), counts.certified()));
    }

    /** Certified divided by registered; none (null) without registered trainees, never a division by zero. */
    @Nullable
    static Double rateOf(long certified, long registered) {
        return registered == 0 ? null : (double) certified / registered;
    }

    /** Target minus certified, never below zero; none without a target. */
    @Nullable
    static Integer gapOf(@Nullable Integer target, long certified) {
        return target == null ? null : (int) Math.max(target - certified, 0);
    }

    boolean belowTarget() {
        return target != null && certified < target;
    }
}
