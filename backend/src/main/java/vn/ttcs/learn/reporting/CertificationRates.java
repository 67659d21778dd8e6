package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.web.ProblemException;

import java.text.Collator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The certification report and the coverage view: one row per active unit, from one query (a single snapshot). */
@Singleton
class CertificationRates {

    /** Names sort in Vietnamese alphabetical order: "Đ" after "D", "Ư" after "U". */
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    static final List<String> SORT_KEYS = List.of("name", "kind", "registered", "enrolled", "certified", "rate",
            "expiring", "target", "gap");

    private final ReportQueries queries;
    private final TalliedCounts tallies;
    private final ReportClock clock;

    CertificationRates(ReportQueries queries, TalliedCounts tallies, ReportClock clock) {
        this.queries = queries;
        this.tallies = tallies;
        this.clock = clock;
    }

    /**
     * @param q    search in the unit's names (either language, diacritics ignored) or code
     * @param sort one of {@link #SORT_KEYS}, "-" first for descending; null: by kind, then name
     */
    @ReadOnly
    CertificationRateReport report(ReportScope scope, ReportFilter filter, @Nullable String q, @Nullable String sort) {
        Comparator<UnitRate> order = order(sort);
        Instant now = clock.now();
        List<UnitRate> rows = rows(scope, filter, now);
        List<RateTotal> totals = Arrays.stream(UnitKind.values())
                .map(kind -> RateTotal.of(kind, rows.stream().filter(r -> r.kind() == kind).toList()))
                .filter(total -> total.units() > 0)
                .toList();
        Map<String, ReportingUnit> byCode = scope.units().stream()
                .collect(java.util.stream.Collectors.toMap(ReportingUnit::code, Function.identity()));
        List<UnitRate> visible = rows.stream().filter(r -> byCode.get(r.code()).unit().matches(q)).sorted(order)
                .toList();
        return new CertificationRateReport(now, AppliedFilter.of(filter), visible, totals, RateTotal.of(null, rows));
    }

    @ReadOnly
    CoverageReport coverage(ReportScope scope, ReportFilter filter) {
        Instant now = clock.now();
        List<UnitRate> rows = rows(scope, filter, now);
        List<UnitRate> none = rows.stream().filter(r -> r.certified() == 0).sorted(order(null)).toList();
        List<UnitRate> below = rows.stream().filter(UnitRate::belowTarget)
                .sorted(Comparator.comparing(UnitRate::gap, Comparator.reverseOrder()).thenComparing(order(null)))
                .toList();
        return new CoverageReport(now, AppliedFilter.of(filter), none, below);
    }

    /**
     * The rows of the units in scope, in registry order; units without trainees have zeros and no rate. The people
     * of a merged unit are counted in the row of the unit it was merged into. Every course or one course: read from
     * the tallies; several courses (a competency) or a period: counted from the records.
     */
    List<UnitRate> rows(ReportScope scope, ReportFilter filter, Instant now) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Instant expiringBy = now.plus(Certificate.EXPIRY_WARNING);
        Map<String, ReportQueries.Counts> counts = TalliedCounts.serves(filter)
                ? tallies.countsByUnit(filter, now, expiringBy, scope.unitCodes())
                : queries.countsByUnit(filter, now, expiringBy, scope.unitCodes());
        return scope.units().stream()
                .map(unit -> UnitRate.of(unit, unit.codes().stream()
                        .map(code -> counts.getOrDefault(code, ReportQueries.Counts.ZERO))
                        .reduce(ReportQueries.Counts.ZERO, ReportQueries.Counts::plus)))
                .toList();
    }

    static Comparator<UnitRate> order(@Nullable String sort) {
        Comparator<UnitRate> byName = Comparator.comparing(r -> r.name().vi(), VIETNAMESE);
        Comparator<UnitRate> byKind = Comparator.comparing(UnitRate::kind);
        if (sort == null || sort.isBlank()) {
            return byKind.thenComparing(byName);
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Comparator<UnitRate> primary = switch (key) {
            case "name" -> byName;
            case "kind" -> byKind;
            case "registered" -> Comparator.comparingLong(UnitRate::registered);
            case "enrolled" -> Comparator.comparingLong(UnitRate::enrolled);
            case "certified" -> Comparator.comparingLong(UnitRate::certified);
            case "expiring" -> Comparator.comparingLong(UnitRate::expiring);
            case "rate" -> nullsLast(UnitRate::rate, descending);
            case "target" -> nullsLast(UnitRate::target, descending);
            case "gap" -> nullsLast(UnitRate::gap, descending);
            default -> throw ProblemException.badRequest("sort", "must be one of " + SORT_KEYS
                    + ", with '-' first to sort descending; not '" + sort + "'");
        };
        Comparator<UnitRate> directed = descending && !List.of("rate", "target", "gap").contains(key)
                ? primary.reversed() : primary;
        return directed.thenComparing(byName);
    }

    /** Rows without the value come last, whichever the direction. */
    private static <T extends Comparable<T>> Comparator<UnitRate> nullsLast(Function<UnitRate, T> value,
                                                                           boolean descending) {
        Comparator<T> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(natural));
    }
}
