package vn.ttcs.learn.reporting;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Certifications issued per month and the certification rate at the end of each month. */
@Singleton
class Trends {

    static final int MAX_MONTHS = 60;

    private final ReportQueries queries;
    private final ReportClock clock;

    Trends(ReportQueries queries, ReportClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The last {@code monthCount} months, the current one included. */
    @ReadOnly
    TrendReport trend(ReportScope scope, int monthCount) {
        Instant now = clock.now();
        YearMonth current = clock.month(now);
        List<YearMonth> months = new ArrayList<>(monthCount);
        List<ReportQueries.Month> bounds = new ArrayList<>(monthCount);
        for (int i = monthCount - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            months.add(month);
            bounds.add(new ReportQueries.Month(clock.startOf(month), i == 0 ? now : clock.startOf(month.plusMonths(1))));
        }
        List<ReportQueries.MonthCounts> counts = scope.isEmpty()
                ? bounds.stream().map(b -> new ReportQueries.MonthCounts(0, 0, 0)).toList()
                : queries.byMonth(bounds, scope.unitCodes());
        List<TrendReport.Point> points = new ArrayList<>(monthCount);
        for (int i = 0; i < monthCount; i++) {
            ReportQueries.MonthCounts c = counts.get(i);
            points.add(new TrendReport.Point(months.get(i).toString(), c.issued(), c.registered(), c.certified(),
                    UnitRate.rateOf(c.certified(), c.registered())));
        }
        ReportingUnit single = scope.single();
        Unit unit = single == null ? null : single.unit();
        return new TrendReport(now, unit == null ? null : unit.code(),
                unit == null ? null : new LocalizedText(unit.nameVi(), unit.nameEn()), points);
    }
}
