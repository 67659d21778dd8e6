package vn.ttcs.learn.reporting;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.competency.CompetencyStandardRow;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The distribution of levels per competency standard: the level each trainee holds by the same rule as their
 * competency profile (competency.LevelRule), counted in SQL.
 */
@Singleton
class CompetencyLevels {

    private final ReportQueries queries;
    private final CompetencyStandardRepository standards;
    private final ReportClock clock;

    CompetencyLevels(ReportQueries queries, CompetencyStandardRepository standards, ReportClock clock) {
        this.queries = queries;
        this.standards = standards;
        this.clock = clock;
    }

    @ReadOnly
    CompetencyReport distribution(ReportScope scope) {
        Instant now = clock.now();
        long registered = scope.isEmpty() ? 0 : queries.countRegistered(scope.unitCodes());
        Map<String, Map<Integer, Long>> levels = scope.isEmpty() ? Map.of() : queries.levelsByStandard(scope.unitCodes());
        List<CompetencyReport.Standard> rows = standards.listOrderByPosition().stream().map(standard -> {
            Map<Integer, Long> byLevel = levels.getOrDefault(standard.code(), Map.of());
            long foundation = byLevel.getOrDefault(1, 0L);
            long practitioner = byLevel.getOrDefault(2, 0L);
            long advanced = byLevel.getOrDefault(3, 0L);
            return new CompetencyReport.Standard(standard.code(), name(standard), foundation, practitioner, advanced,
                    Math.max(registered - foundation - practitioner - advanced, 0));
        }).toList();
        ReportingUnit single = scope.single();
        return new CompetencyReport(now, single == null ? null : single.code(), registered, rows);
    }

    private static LocalizedText name(CompetencyStandardRow standard) {
        return new LocalizedText(standard.nameVi(), standard.nameEn());
    }
}
