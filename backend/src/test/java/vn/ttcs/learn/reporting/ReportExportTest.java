package vn.ttcs.learn.reporting;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.ReportFixtures.EMPTY_UNIT;
import static vn.ttcs.learn.support.ReportFixtures.EXPORT_UNIT;

/**
 * Exports are what people open in Excel and print: CSV that shows Vietnamese and never runs a formula, XLSX with the
 * same rows as the JSON, and a PDF summary that prints the unit's Vietnamese name. People go in {@link
 * ReportFixtures#EXPORT_UNIT} only.
 */
@MicronautTest(transactional = false)
class ReportExportTest {

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com/x\",\"Bấm vào đây\")";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    ReportFixtures reports;

    private String reviewer;

    @BeforeEach
    void signInAsReviewer() {
        reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndATraineeNamedLikeAFormulaIsNeutralised() {
        Person formula = fixtures.person("trainee", reports.unit(EXPORT_UNIT), Set.of(Role.TRAINEE), FORMULA_NAME);
        var certificate = certificates.pressCertificate(formula);

        HttpResponse<byte[]> response = download("/api/reports/units/" + EXPORT_UNIT + "/trainees?status=certified"
                + "&format=csv");

        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"hoc-vien-" + EXPORT_UNIT + "-certified-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> rows = csv(body);
        assertThat(rows.get(0)).startsWith("Họ và tên", "Tên đăng nhập", "Chức vụ", "Mã đơn vị");
        List<String> row = rows.stream().filter(r -> r.get(1).equals(formula.username())).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo("'" + FORMULA_NAME);
        assertThat(row).contains(certificate.number(), CertificateFixtures.PRESS_COURSE);
    }

    @Test
    void theUnitsCsvHasAHeaderAndOneRowPerActiveUnitInVietnamese() {
        certificates.pressCertificate(fixtures.trainee(reports.unit(EXPORT_UNIT)));

        HttpResponse<byte[]> response = download("/api/reports/certification-rates?groupBy=unit&format=csv");

        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"ty-le-chung-nhan-ca-nuoc-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> rows = csv(response.body());
        assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Đơn vị", "Loại đơn vị", "Gồm đơn vị đã sáp nhập",
                "Học viên đã đăng ký", "Đã ghi danh", "Được chứng nhận", "Tỷ lệ được chứng nhận (%)",
                "Sắp hết hạn (60 ngày)", "Chỉ tiêu", "Còn thiếu");
        assertThat(rows).hasSize(1 + reports.activeUnitCount());
        List<String> sonLa = rowOf(rows, EXPORT_UNIT);
        assertThat(sonLa.get(1)).isEqualTo("Tỉnh Sơn La");
        assertThat(sonLa.get(2)).isEqualTo("Tỉnh");
        assertThat(sonLa.get(7)).as("a percentage with one decimal").matches("\\d{1,3}\\.\\d");
        assertThat(rowOf(rows, EMPTY_UNIT).get(7)).as("no rate: an empty cell").isEmpty();

        List<List<String>> english = csv(download("/api/reports/certification-rates?format=csv&lang=en").body());
        assertThat(english.get(0)).startsWith("Unit code", "Unit", "Kind of unit");
        assertThat(rowOf(english, EXPORT_UNIT).get(1)).isEqualTo("Son La Province");
    }

    @Test
    void theXlsxHoldsTheSameRowsAsTheJson() throws IOException {
        certificates.pressCertificate(fixtures.trainee(reports.unit(EXPORT_UNIT)));
        CertificationRateReport json = client.toBlocking().retrieve(HttpRequest.GET(
                "/api/reports/certification-rates?sort=-certified").bearerAuth(reviewer), CertificationRateReport.class);

        HttpResponse<byte[]> response = download("/api/reports/certification-rates?sort=-certified&format=xlsx");

        assertThat(response.header("Content-Type")).startsWith(ExportFormat.XLSX_TYPE);
        assertThat(response.header("Content-Disposition")).endsWith(".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Tỷ lệ theo đơn vị", "Tổng theo loại đơn vị");
            List<Row> units = sheets.get(0).read();
            assertThat(units).hasSize(1 + json.units().size());
            assertThat(units.get(0).getCellAsString(0)).contains("Mã đơn vị");
            for (int i = 0; i < json.units().size(); i++) {
                UnitRate expected = json.units().get(i);
                Row row = units.get(i + 1);
                assertThat(row.getCellAsString(0)).contains(expected.code());
                assertThat(row.getCellAsString(1)).contains(expected.name().vi());
                assertThat(row.getCellAsNumber(4)).contains(BigDecimal.valueOf(expected.registered()));
                assertThat(row.getCellAsNumber(6)).contains(BigDecimal.valueOf(expected.certified()));
                if (expected.rate() == null) {
                    assertThat(row.getCellText(7)).isEmpty();
                } else {
                    assertThat(row.getCellAsNumber(7).orElseThrow().doubleValue()).isCloseTo(expected.rate(),
                            org.assertj.core.data.Offset.offset(1e-9));
                }
            }
            assertThat(sheets.get(1).read()).hasSize(1 + json.totals().size() + 1);
        }
    }

    @Test
    void theDrillDownXlsxListsTheSameTraineesAsTheJson() throws IOException {
        fixtures.trainee(reports.unit(EXPORT_UNIT));
        TraineePage page = client.toBlocking().retrieve(HttpRequest.GET("/api/reports/units/" + EXPORT_UNIT
                + "/trainees?size=200").bearerAuth(reviewer), TraineePage.class);

        byte[] xlsx = download("/api/reports/units/" + EXPORT_UNIT + "/trainees?format=xlsx").body();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + (int) page.total());
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(1))
                    .containsExactlyElementsOf(page.items().stream().map(TraineePage.Trainee::username).toList());
        }
    }

    @Test
    void thePdfSummaryShowsTheUnitsVietnameseName() throws IOException {
        certificates.pressCertificate(fixtures.trainee(reports.unit(EXPORT_UNIT)));

        HttpResponse<byte[]> response = download("/api/reports/units/" + EXPORT_UNIT + "/summary.pdf");

        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"bao-cao-" + EXPORT_UNIT + "-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tỉnh Sơn La", "Son La Province", "BÁO CÁO TÌNH HÌNH CHỨNG NHẬN",
                    "Học viên đã đăng ký", "Được chứng nhận", "Tiêu chuẩn năng lực");
            assertThat(document.getDocumentInformation().getTitle()).contains("Tỉnh Sơn La");
        }
    }

    private HttpResponse<byte[]> download(String path) {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(reviewer),
                byte[].class);
        assertThat(response.code()).isEqualTo(200);
        return response;
    }

    private static List<List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            reader.forEach(record -> rows.add(record.getFields()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<String> rowOf(List<List<String>> rows, String unitCode) {
        return rows.stream().filter(r -> r.get(0).equals(unitCode)).findFirst().orElseThrow();
    }
}
