package vn.ttcs.learn.reporting;

import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The reports as tables for CSV and XLSX: the same rows as the JSON, with headings in Vietnamese (or English) in
 * the words of the interface and of docs/reporting.md.
 */
final class ReportTables {

    static final Map<UnitKind, LocalizedText> KINDS = Map.of(
            UnitKind.MINISTRY, new LocalizedText("Bộ", "Ministry"),
            UnitKind.MINISTERIAL_AGENCY, new LocalizedText("Cơ quan ngang bộ", "Ministerial-level agency"),
            UnitKind.GOVERNMENT_AGENCY, new LocalizedText("Cơ quan thuộc Chính phủ", "Government agency"),
            UnitKind.PROVINCE, new LocalizedText("Tỉnh", "Province"),
            UnitKind.CITY, new LocalizedText("Thành phố trực thuộc trung ương", "Centrally run city"));
    static final LocalizedText ALL_UNITS = new LocalizedText("Tổng cộng", "Total");

    static final LocalizedText UNIT_CODE = new LocalizedText("Mã đơn vị", "Unit code");
    static final LocalizedText UNIT = new LocalizedText("Đơn vị", "Unit");
    static final LocalizedText KIND = new LocalizedText("Loại đơn vị", "Kind of unit");
    static final LocalizedText MERGED = new LocalizedText("Gồm đơn vị đã sáp nhập", "Includes merged units");
    static final LocalizedText UNITS = new LocalizedText("Số đơn vị", "Units");
    static final LocalizedText REGISTERED = new LocalizedText("Học viên đã đăng ký", "Registered trainees");
    static final LocalizedText ENROLLED = new LocalizedText("Đã ghi danh", "Enrolled");
    static final LocalizedText CERTIFIED = new LocalizedText("Được chứng nhận", "Certified");
    static final LocalizedText RATE = new LocalizedText("Tỷ lệ được chứng nhận (%)", "Certification rate (%)");
    static final LocalizedText EXPIRING = new LocalizedText("Sắp hết hạn (60 ngày)", "Expiring within 60 days");
    static final LocalizedText TARGET = new LocalizedText("Chỉ tiêu", "Target");
    static final LocalizedText GAP = new LocalizedText("Còn thiếu", "Gap");
    static final LocalizedText SITUATION = new LocalizedText("Tình trạng", "Situation");
    static final LocalizedText NONE_CERTIFIED = new LocalizedText("Chưa có cán bộ được chứng nhận",
            "No certified officer");
    static final LocalizedText BELOW_TARGET = new LocalizedText("Dưới chỉ tiêu", "Below target");
    static final LocalizedText MONTH = new LocalizedText("Tháng", "Month");
    static final LocalizedText ISSUED = new LocalizedText("Chứng nhận được cấp", "Certificates issued");
    static final LocalizedText REGISTERED_AT_END = new LocalizedText("Học viên đã đăng ký (cuối tháng)",
            "Registered trainees (month end)");
    static final LocalizedText CERTIFIED_AT_END = new LocalizedText("Được chứng nhận (cuối tháng)",
            "Certified (month end)");
    static final LocalizedText STANDARD_CODE = new LocalizedText("Mã tiêu chuẩn", "Standard code");
    static final LocalizedText STANDARD = new LocalizedText("Tiêu chuẩn năng lực", "Competency standard");
    static final LocalizedText FOUNDATION = new LocalizedText("Nền tảng", "Foundation");
    static final LocalizedText PRACTITIONER = new LocalizedText("Thực hành", "Practitioner");
    static final LocalizedText ADVANCED = new LocalizedText("Nâng cao", "Advanced");
    static final LocalizedText NO_EVIDENCE = new LocalizedText("Chưa có minh chứng", "No evidence yet");
    static final LocalizedText FULL_NAME = new LocalizedText("Họ và tên", "Full name");
    static final LocalizedText USERNAME = new LocalizedText("Tên đăng nhập", "Username");
    static final LocalizedText JOB_TITLE = new LocalizedText("Chức vụ", "Job title");
    static final LocalizedText ENROLMENTS = new LocalizedText("Số khóa học đã ghi danh", "Enrolments");
    static final LocalizedText CERTIFICATE_NUMBER = new LocalizedText("Số hiệu chứng nhận", "Certificate number");
    static final LocalizedText COURSE = new LocalizedText("Khóa học", "Course");
    static final LocalizedText ISSUED_ON = new LocalizedText("Ngày cấp", "Issued");
    static final LocalizedText VALID_UNTIL = new LocalizedText("Có giá trị đến", "Valid until");

    static final LocalizedText UNITS_SHEET = new LocalizedText("Tỷ lệ theo đơn vị", "By unit");
    static final LocalizedText TOTALS_SHEET = new LocalizedText("Tổng theo loại đơn vị", "Totals by kind");
    static final LocalizedText COVERAGE_SHEET = new LocalizedText("Độ bao phủ", "Coverage");
    static final LocalizedText TREND_SHEET = new LocalizedText("Xu hướng", "Trends");
    static final LocalizedText COMPETENCY_SHEET = new LocalizedText("Cấp độ năng lực", "Competency levels");
    static final LocalizedText TRAINEES_SHEET = new LocalizedText("Học viên", "Trainees");

    private ReportTables() {
    }

    static ReportTable units(List<UnitRate> rows, String lang) {
        List<List<Object>> cells = rows.stream().map(r -> Arrays.<Object>asList(r.code(), r.name().in(lang),
                KINDS.get(r.kind()).in(lang), String.join("; ", r.mergedUnits()), r.registered(), r.enrolled(),
                r.certified(), percent(r.rate()), r.expiring(), r.target(), r.gap())).toList();
        return new ReportTable(UNITS_SHEET.in(lang), headings(lang, UNIT_CODE, UNIT, KIND, MERGED, REGISTERED,
                ENROLLED, CERTIFIED, RATE, EXPIRING, TARGET, GAP), cells);
    }

    static ReportTable totals(List<RateTotal> totals, RateTotal overall, String lang) {
        List<RateTotal> all = new ArrayList<>(totals);
        all.add(overall);
        List<List<Object>> cells = all.stream().map(t -> Arrays.<Object>asList(
                t.kind() == null ? ALL_UNITS.in(lang) : KINDS.get(t.kind()).in(lang), t.units(), t.registered(),
                t.enrolled(), t.certified(), percent(t.rate()), t.expiring(), t.target(), t.gap())).toList();
        return new ReportTable(TOTALS_SHEET.in(lang), headings(lang, KIND, UNITS, REGISTERED, ENROLLED, CERTIFIED,
                RATE, EXPIRING, TARGET, GAP), cells);
    }

    /** One row per unit that needs attention: no certified officer first, then the units below target. */
    static ReportTable coverage(CoverageReport report, String lang) {
        List<List<Object>> cells = new ArrayList<>();
        report.noneCertified().forEach(r -> cells.add(coverageRow(r, NONE_CERTIFIED, lang)));
        report.belowTarget().stream().filter(r -> r.certified() > 0)
                .forEach(r -> cells.add(coverageRow(r, BELOW_TARGET, lang)));
        return new ReportTable(COVERAGE_SHEET.in(lang), headings(lang, UNIT_CODE, UNIT, KIND, SITUATION, REGISTERED,
                CERTIFIED, TARGET, GAP), cells);
    }

    static ReportTable trend(TrendReport report, String lang) {
        List<List<Object>> cells = report.months().stream().map(m -> Arrays.<Object>asList(m.month(), m.issued(),
                m.registered(), m.certified(), percent(m.rate()))).toList();
        return new ReportTable(TREND_SHEET.in(lang), headings(lang, MONTH, ISSUED, REGISTERED_AT_END,
                CERTIFIED_AT_END, RATE), cells);
    }

    static ReportTable competencies(CompetencyReport report, String lang) {
        List<List<Object>> cells = report.standards().stream().map(s -> List.<Object>of(s.code(), s.name().in(lang),
                report.registered(), s.foundation(), s.practitioner(), s.advanced(), s.none())).toList();
        return new ReportTable(COMPETENCY_SHEET.in(lang), headings(lang, STANDARD_CODE, STANDARD, REGISTERED,
                FOUNDATION, PRACTITIONER, ADVANCED, NO_EVIDENCE), cells);
    }

    static ReportTable trainees(List<TraineePage.Trainee> trainees, String lang) {
        List<List<Object>> cells = trainees.stream().map(t -> {
            TraineePage.HeldCertificate c = t.certificate();
            return Arrays.<Object>asList(t.fullName(), t.username(), t.jobTitle(), t.unitCode(), t.enrolments(),
                    c == null ? null : c.number(), c == null ? null : c.courseCode(),
                    c == null ? null : c.issuedOn(), c == null ? null : c.expiresOn());
        }).toList();
        return new ReportTable(TRAINEES_SHEET.in(lang), headings(lang, FULL_NAME, USERNAME, JOB_TITLE, UNIT_CODE,
                ENROLMENTS, CERTIFICATE_NUMBER, COURSE, ISSUED_ON, VALID_UNTIL), cells);
    }

    private static List<Object> coverageRow(UnitRate r, LocalizedText situation, String lang) {
        return Arrays.asList(r.code(), r.name().in(lang), KINDS.get(r.kind()).in(lang), situation.in(lang),
                r.registered(), r.certified(), r.target(), r.gap());
    }

    private static List<String> headings(String lang, LocalizedText... headings) {
        return Arrays.stream(headings).map(h -> h.in(lang)).toList();
    }

    /** A cell may be null (empty): rows are made with Arrays.asList, which allows it. */
    private static ReportTable.Percent percent(Double rate) {
        return rate == null ? null : new ReportTable.Percent(rate);
    }
}
