package vn.ttcs.learn.reporting;

import io.micronaut.context.annotation.Value;
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
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.time.LocalDate;
import java.util.List;

/**
 * Certification reports (docs/reporting.md): reviewers and administrators see every unit, a unit manager the same
 * views restricted to their own unit. Every table also comes as CSV or XLSX ({@code format=}); a unit's summary as
 * PDF. The trainees behind the numbers: {@link TraineeDrillDownController}.
 */
@Controller("/api/reports")
@Secured({Role.Names.REVIEWER, Role.Names.UNIT_MANAGER, Role.Names.ADMIN})
class ReportController {

    static final String PDF = "application/pdf";

    private final ReportingUnits reportingUnits;
    private final ReportFilters filters;
    private final CertificationRates rates;
    private final Trends trends;
    private final CompetencyLevels competencyLevels;
    private final ReportDownloads downloads;
    private final UnitSummaryPdf summaryPdf;
    private final ReportClock clock;
    private final CourseCompetencies courseCompetencies;
    private final CompetencyStandardRepository standards;
    private final String platformName;
    private final UnitProgress unitProgress;

    ReportController(ReportingUnits reportingUnits, ReportFilters filters, CertificationRates rates, Trends trends,
                     CompetencyLevels competencyLevels, ReportDownloads downloads, UnitSummaryPdf summaryPdf,
                     ReportClock clock, CourseCompetencies courseCompetencies, CompetencyStandardRepository standards,
                     @Value("${ttcs.certificates.platform-name}") String platformName, UnitProgress unitProgress) {
        this.unitProgress = unitProgress;
        this.reportingUnits = reportingUnits;
        this.filters = filters;
        this.rates = rates;
        this.trends = trends;
        this.competencyLevels = competencyLevels;
        this.downloads = downloads;
        this.summaryPdf = summaryPdf;
        this.clock = clock;
        this.courseCompetencies = courseCompetencies;
        this.standards = standards;
        this.platformName = platformName;
    }

    /** The courses and competency standards reports can be narrowed to. */
    @Get("/filters")
    ReportOptions options() {
        return new ReportOptions(courseCompetencies.courses(), standards.listOrderByPosition().stream()
                .map(s -> new ReportOptions.Competency(s.code(), new LocalizedText(s.nameVi(), s.nameEn())))
                .toList());
    }

    /** Per unit: registered, enrolled, certified, rate, expiring, target and gap; totals by kind and overall. */
    @Get(value = "/certification-rates", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE,
            ExportFormat.XLSX_TYPE})
    HttpResponse<?> certificationRates(@QueryValue(defaultValue = "unit") String groupBy,
                                       @Nullable @QueryValue @Size(max = 64) String course,
                                       @Nullable @QueryValue @Size(max = 32) String competency,
                                       @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                       @Nullable @QueryValue @Size(max = 100) String q,
                                       @Nullable @QueryValue @Size(max = 20) String sort,
                                       @QueryValue(defaultValue = "json") String format,
                                       @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        if (!"unit".equals(groupBy)) {
            throw ProblemException.badRequest("groupBy", "reports are grouped by unit (groupBy=unit), not '"
                    + groupBy + "'");
        }
        ExportFormat as = ExportFormat.parse(format);
        ReportScope scope = reportingUnits.scopeFor(CurrentUser.of(authentication), null);
        CertificationRateReport report = rates.report(scope, filters.resolve(course, competency, from, to), q, sort);
        return downloads.answer(report, as, "ty-le-chung-nhan-" + scopeName(scope),
                () -> List.of(ReportTables.units(report.units(), lang),
                        ReportTables.totals(report.totals(), report.overall(), lang)));
    }

    /** Units with no certified officer, and units below their target. */
    @Get(value = "/coverage", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<?> coverage(@Nullable @QueryValue @Size(max = 64) String course,
                             @Nullable @QueryValue @Size(max = 32) String competency,
                             @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                             @QueryValue(defaultValue = "json") String format,
                             @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        ReportScope scope = reportingUnits.scopeFor(CurrentUser.of(authentication), null);
        CoverageReport report = rates.coverage(scope, filters.resolve(course, competency, from, to));
        return downloads.answer(report, as, "do-bao-phu-" + scopeName(scope),
                () -> List.of(ReportTables.coverage(report, lang)));
    }

    /** Certificates issued per month and the certification rate at each month's end. */
    @Get(value = "/trends", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<?> trends(@Nullable @QueryValue @Size(max = 64) String unit,
                           @QueryValue(defaultValue = "12") @Min(1) @Max(Trends.MAX_MONTHS) int months,
                           @QueryValue(defaultValue = "json") String format,
                           @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        ReportScope scope = reportingUnits.scopeFor(CurrentUser.of(authentication), unit);
        TrendReport report = trends.trend(scope, months);
        return downloads.answer(report, as, "xu-huong-" + scopeName(scope), () -> List.of(ReportTables.trend(report, lang)));
    }

    /** Per competency standard: trainees by their highest evidenced level. */
    @Get(value = "/competencies", produces = {MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE,
            ExportFormat.XLSX_TYPE})
    HttpResponse<?> competencies(@Nullable @QueryValue @Size(max = 64) String unit,
                                 @QueryValue(defaultValue = "json") String format,
                                 @QueryValue(defaultValue = "vi") String lang, Authentication authentication) {
        ExportFormat as = ExportFormat.parse(format);
        ReportScope scope = reportingUnits.scopeFor(CurrentUser.of(authentication), unit);
        CompetencyReport report = competencyLevels.distribution(scope);
        return downloads.answer(report, as, "nang-luc-" + scopeName(scope),
                () -> List.of(ReportTables.competencies(report, lang)));
    }

    /**
     * A unit's trainees' progress per course (percent done, last activity, due date, overdue), overdue ones first;
     * {@code overdue=true}: only the overdue assignments.
     */
    @Get("/units/{code}/progress")
    ProgressPage progress(@PathVariable String code, @QueryValue(defaultValue = "false") boolean overdue,
                          @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
                          Authentication authentication) {
        return unitProgress.page(reportingUnits.unitFor(CurrentUser.of(authentication), code), overdue, page, size);
    }

    /** A printable summary of one unit. */
    @Get(value = "/units/{code}/summary.pdf", produces = PDF)
    HttpResponse<byte[]> summary(@PathVariable String code, Authentication authentication) {
        ReportingUnit unit = reportingUnits.unitFor(CurrentUser.of(authentication), code);
        ReportScope scope = new ReportScope(List.of(unit), false);
        UnitRate figures = rates.rows(scope, ReportFilter.NONE, clock.now()).get(0);
        byte[] pdf = summaryPdf.render(new UnitSummaryPdf.Content(unit, figures, trends.trend(scope, 12),
                competencyLevels.distribution(scope), clock.date(clock.now()), platformName));
        return downloads.attachment(pdf, MediaType.of(PDF), "bao-cao-" + unit.code(), "pdf");
    }

    static String scopeName(ReportScope scope) {
        ReportingUnit single = scope.single();
        return single == null ? (scope.national() ? "ca-nuoc" : "don-vi") : single.code();
    }
}
