package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.web.ProblemException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The trainees behind a number of the reports (docs/reporting.md, "drill-down"): of a unit's row, of a total by kind
 * of unit, of a level in the competency report. Each list is selected by the definition its number was counted with,
 * so it holds as many trainees as the number says. Reviewers and administrators reach every unit; a unit manager
 * only its own unit's trainees, and any other unit or kind is not found (404), as in the reports themselves.
 * Pages of JSON, or every trainee as CSV or XLSX ({@code format=}).
 */
@Controller("/api/reports")
@Secured({Role.Names.REVIEWER, Role.Names.UNIT_MANAGER, Role.Names.ADMIN})
class TraineeDrillDownController {

    private final ReportingUnits reportingUnits;
    private final ReportFilters filters;
    private final TraineeDrillDown drillDown;
    private final CompetencyStandardRepository standards;
    private final ReportDownloads downloads;

    TraineeDrillDownController(ReportingUnits reportingUnits, ReportFilters filters, TraineeDrillDown drillDown,
                               CompetencyStandardRepository standards, ReportDownloads downloads) {
        this.reportingUnits = reportingUnits;
        this.filters = filters;
        this.drillDown = drillDown;
        this.standards = standards;
        this.downloads = downloads;
    }

    /** The trainees behind a number of a unit's row; for reviewers, administrators and that unit's managers. */
    @Get(value = "/units/{code}/trainees", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE,
            ExportFormat.XLSX_TYPE})
    HttpResponse<?> ofUnit(@PathVariable String code,
                           @QueryValue(defaultValue = "registered") String status,
                           @Nullable @QueryValue @Size(max = 64) String course,
                           @Nullable @QueryValue @Size(max = 32) String competency,
                           @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
                           @QueryValue(defaultValue = "json") String format,
                           @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        TraineeStatus which = TraineeStatus.parse(status);
        ReportingUnit unit = reportingUnits.unitFor(CurrentUser.of(authentication), code);
        var listing = new TraineeDrillDown.WithStatus(which, filters.resolve(course, competency, from, to));
        return answer(new ReportScope(List.of(unit), false), listing, as, page, size, lang,
                "hoc-vien-" + unit.code() + "-" + lower(which),
                slice -> new TraineePage(unit.code(), null, lower(which), null, null, slice.items(), page, size,
                        slice.total()));
    }

    /**
     * The trainees behind a number of the totals by kind of unit: those of every unit of {@code kind} in the reader's
     * report, or of all its units when no kind is given (the overall row).
     */
    @Get(value = "/trainees", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<?> ofKind(@Nullable @QueryValue @Size(max = 32) String kind,
                           @QueryValue(defaultValue = "registered") String status,
                           @Nullable @QueryValue @Size(max = 64) String course,
                           @Nullable @QueryValue @Size(max = 32) String competency,
                           @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
                           @QueryValue(defaultValue = "json") String format,
                           @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        TraineeStatus which = TraineeStatus.parse(status);
        UnitKind ofKind = kind == null || kind.isBlank() ? null : parseKind(kind);
        ReportScope scope = reportingUnits.unitsOfKind(CurrentUser.of(authentication), ofKind);
        var listing = new TraineeDrillDown.WithStatus(which, filters.resolve(course, competency, from, to));
        return answer(scope, listing, as, page, size, lang, "hoc-vien-"
                        + (ofKind == null ? "tat-ca-don-vi" : ofKind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        + "-" + lower(which),
                slice -> new TraineePage(null, ofKind, lower(which), null, null, slice.items(), page, size,
                        slice.total()));
    }

    /**
     * The trainees behind a number of the competency report: those who hold {@code level} in a standard, or none,
     * in the whole country or in one unit ({@code unit}; a unit manager's own unit in any case).
     */
    @Get(value = "/competencies/{standard}/trainees", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE,
            ExportFormat.XLSX_TYPE})
    HttpResponse<?> atLevel(@PathVariable @Size(max = 32) String standard,
                            @QueryValue(defaultValue = "none") String level,
                            @Nullable @QueryValue @Size(max = 64) String unit,
                            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
                            @QueryValue(defaultValue = "json") String format,
                            @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        LevelHeld held = LevelHeld.parse(level);
        if (!standards.existsById(standard)) {
            throw ProblemException.notFound("Competency standard " + standard);
        }
        ReportScope scope = reportingUnits.scopeFor(CurrentUser.of(authentication), unit);
        if (scope.isEmpty()) {
            throw ProblemException.notFound("Unit (among the active units you may report on)");
        }
        ReportingUnit single = scope.single();
        return answer(scope, new TraineeDrillDown.AtLevel(standard, held), as, page, size, lang,
                "hoc-vien-" + standard.toLowerCase(Locale.ROOT) + "-" + held.lowerCase() + "-"
                        + ReportController.scopeName(scope),
                slice -> new TraineePage(single == null ? null : single.code(), null, null, standard,
                        held.lowerCase(), slice.items(), page, size, slice.total()));
    }

    private HttpResponse<?> answer(ReportScope scope, TraineeDrillDown.Listing listing, ExportFormat as, int page,
                                   int size, String lang, String fileName,
                                   java.util.function.Function<TraineeDrillDown.Slice, TraineePage> json) {
        if (as == ExportFormat.JSON) {
            return HttpResponse.ok(json.apply(drillDown.page(scope, listing, page, size)));
        }
        return downloads.answer(null, as, fileName,
                () -> List.of(ReportTables.trainees(drillDown.all(scope, listing), lang)));
    }

    private static UnitKind parseKind(String kind) {
        try {
            return UnitKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "must be one of " + Arrays.toString(UnitKind.values())
                    + ", or left out for every unit; not '" + kind + "'");
        }
    }

    private static String lower(TraineeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
