package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.organisation.UnitKind;

import java.util.List;
import java.util.Objects;

/**
 * The sum of some units' rows: one kind of unit, or all of them ({@code kind} null). The rate is the summed certified
 * over the summed registered; the gap is the sum of the units' gaps, so a unit above its target does not make up
 * for another below it. {@code target} and {@code gap} are null when none of the units has a target.
 */
@Serdeable
record RateTotal(@Nullable UnitKind kind, int units, long registered, long enrolled, long certified,
                 @Nullable Double rate, long expiring, @Nullable Integer target, @Nullable Integer gap) {

    static RateTotal of(@Nullable UnitKind kind, List<UnitRate> rows) {
        long registered = rows.stream().mapToLong(UnitRate::registered).sum();
        long certified = rows.stream().mapToLong(UnitRate::certified).sum();
        boolean anyTarget = rows.stream().anyMatch(r -> r.target() != null);
        return new RateTotal(kind, rows.size(), registered, rows.stream().mapToLong(UnitRate::enrolled).sum(),
                certified, UnitRate.rateOf(certified, registered), rows.stream().mapToLong(UnitRate::expiring).sum(),
                anyTarget ? rows.stream().map(UnitRate::target).filter(Objects::nonNull).mapToInt(t -> t).sum() : null,
                anyTarget ? rows.stream().map(UnitRate::gap).filter(Objects::nonNull).mapToInt(g -> g).sum() : null);
    }
}
