package vn.ttcs.learn.reporting;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.ttcs.learn.certification.EmbeddedFonts;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.shared.LocalizedText;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A printable A4 summary of one unit (PDFBox): its numbers, the definitions behind them, certificates issued per
 * month over the last year and its competency levels. Vietnamese first, English second, set in the fonts the
 * certificates carry ({@link EmbeddedFonts}).
 */
@Singleton
class UnitSummaryPdf {

    static final LocalizedText TITLE = new LocalizedText("BÁO CÁO TÌNH HÌNH CHỨNG NHẬN",
            "Certification summary");
    static final LocalizedText SUBTITLE = new LocalizedText("Cán bộ truyền thông chính sách",
            "Policy-communication officers");
    static final LocalizedText AS_OF = new LocalizedText("Số liệu tại ngày", "Figures as of");
    static final LocalizedText INCLUDES = new LocalizedText("Gồm cả đơn vị đã sáp nhập", "Including merged units");
    static final LocalizedText FIGURES = new LocalizedText("Số liệu chính", "Key figures");
    static final LocalizedText BY_MONTH = new LocalizedText("Chứng nhận theo tháng (12 tháng gần nhất)",
            "Certificates by month (last 12 months)");
    static final LocalizedText LEVELS = new LocalizedText("Cấp độ năng lực của học viên", "Trainees' competency levels");
    static final LocalizedText DEFINITIONS_HEADING = new LocalizedText("Định nghĩa", "Definitions");
    static final LocalizedText NO_RATE = new LocalizedText("—", "—");

    /** The definitions of docs/reporting.md, word for word (ReportDefinitionsTest keeps them so). */
    static final List<LocalizedText> DEFINITIONS = List.of(
            new LocalizedText("Học viên đã đăng ký: tài khoản đang hoạt động có vai trò học viên trong đơn vị. Không "
                    + "tính tài khoản đã khóa và người chỉ làm quản lý, thẩm định hoặc giảng dạy.",
                    "Registered trainees: enabled accounts with the trainee role in the unit. Disabled accounts, and "
                            + "people who only manage, review or teach, are not counted."),
            new LocalizedText("Được chứng nhận: học viên đã đăng ký đang có ít nhất một chứng nhận còn hiệu lực, của "
                    + "khóa học hoặc năng lực đã chọn và được cấp trong khoảng thời gian đã chọn nếu có chọn. Mỗi người "
                    + "chỉ tính một lần, dù có bao nhiêu chứng nhận.",
                    "Certified: registered trainees holding at least one valid certificate now, of the chosen course "
                            + "or competency and issued in the chosen period if one is chosen. A person counts once, "
                            + "however many certificates they hold."),
            new LocalizedText("Tỷ lệ được chứng nhận: số được chứng nhận chia cho số học viên đã đăng ký. Đơn vị chưa "
                    + "có học viên đăng ký thì không có tỷ lệ (hiển thị —).",
                    "Certification rate: certified divided by registered. A unit without registered trainees has no "
                            + "rate (shown as —)."),
            new LocalizedText("Sắp hết hạn trong 60 ngày: học viên được chứng nhận mà mọi chứng nhận còn hiệu lực của "
                    + "họ đều hết hạn trong 60 ngày tới; nếu không được cấp lại, họ sẽ không còn được tính là được chứng "
                    + "nhận.",
                    "Expiring within 60 days: certified trainees whose valid certificates all expire within the next "
                            + "60 days; they are no longer certified unless renewed."),
            new LocalizedText("Đơn vị đã sáp nhập: học viên của đơn vị đã sáp nhập vào đơn vị khác, cùng chứng nhận "
                    + "của họ, được tính cho đơn vị tiếp nhận. Mỗi người được tính ở đơn vị hiện tại của mình.",
                    "Merged units: the trainees of a unit merged into another, and their certificates, count toward "
                            + "the unit it was merged into. People count in the unit they belong to now."));

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color NAVY = new Color(0x1d, 0x35, 0x57);
    private static final Color GREY = new Color(0x52, 0x5c, 0x69);
    private static final Color RULE = new Color(0xd0, 0xd5, 0xdd);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the summary shows; gathered by the caller from the report services. */
    record Content(ReportingUnit unit, UnitRate figures, TrendReport trend, CompetencyReport levels,
                   java.time.LocalDate asOf, String platformName) {
    }

    private final EmbeddedFonts fonts;

    UnitSummaryPdf(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Content content) {
        try (PDDocument document = new PDDocument()) {
            Sheet sheet = new Sheet(document, fonts.regular(document), fonts.semiBold(document));
            header(sheet, content);
            figures(sheet, content.figures());
            byMonth(sheet, content.trend());
            levels(sheet, content.levels());
            definitions(sheet);
            sheet.close();
            describe(document, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the summary of unit " + content.unit().code(), e);
        }
    }

    private static void header(Sheet sheet, Content content) throws IOException {
        Unit unit = content.unit().unit();
        sheet.text(TITLE.vi(), sheet.semiBold, 15, NAVY);
        sheet.text(TITLE.en() + " · " + SUBTITLE.vi() + " · " + SUBTITLE.en(), sheet.regular, 9, GREY);
        sheet.gap(10);
        sheet.wrapped(unit.nameVi(), sheet.semiBold, 20, NAVY);
        sheet.text(unit.nameEn() + " · " + ReportTables.KINDS.get(unit.kind()).vi() + " · "
                + ReportTables.KINDS.get(unit.kind()).en(), sheet.regular, 10, GREY);
        if (!content.unit().merged().isEmpty()) {
            sheet.wrapped(INCLUDES.vi() + " · " + INCLUDES.en() + ": " + String.join(", ",
                    content.unit().merged().stream().map(Unit::nameVi).toList()), sheet.regular, 9, GREY);
        }
        sheet.text(AS_OF.vi() + " · " + AS_OF.en() + ": " + DATE.format(content.asOf()) + " · "
                + content.platformName(), sheet.regular, 9, GREY);
        sheet.gap(8);
    }

    private static void figures(Sheet sheet, UnitRate figures) throws IOException {
        sheet.heading(FIGURES);
        float[] columns = {0, WIDTH - 90};
        row(sheet, columns, ReportTables.REGISTERED, number(figures.registered()));
        row(sheet, columns, ReportTables.ENROLLED, number(figures.enrolled()));
        row(sheet, columns, ReportTables.CERTIFIED, number(figures.certified()));
        row(sheet, columns, new LocalizedText("Tỷ lệ được chứng nhận", "Certification rate"), percent(figures.rate()));
        row(sheet, columns, ReportTables.EXPIRING, number(figures.expiring()));
        row(sheet, columns, ReportTables.TARGET, figures.target() == null ? NO_RATE.vi() : number(figures.target()));
        row(sheet, columns, ReportTables.GAP, figures.gap() == null ? NO_RATE.vi() : number(figures.gap()));
    }

    private static void row(Sheet sheet, float[] columns, LocalizedText label, String value) throws IOException {
        sheet.cells(columns, List.of(label.vi() + " · " + label.en(), value), sheet.regular, 10, NAVY);
    }

    private static void byMonth(Sheet sheet, TrendReport trend) throws IOException {
        sheet.heading(BY_MONTH);
        float[] columns = {0, 110, 230, 350};
        sheet.cells(columns, List.of(ReportTables.MONTH.vi(), ReportTables.ISSUED.vi(),
                ReportTables.CERTIFIED_AT_END.vi(), "Tỷ lệ · Rate"), sheet.semiBold, 8.5f, GREY);
        for (TrendReport.Point point : trend.months()) {
            sheet.cells(columns, List.of(point.month().substring(5) + "/" + point.month().substring(0, 4),
                    number(point.issued()), number(point.certified()), percent(point.rate())), sheet.regular, 9, NAVY);
        }
    }

    private static void levels(Sheet sheet, CompetencyReport report) throws IOException {
        sheet.heading(LEVELS);
        float[] columns = {0, 250, 305, 360, 415};
        sheet.cells(columns, List.of(ReportTables.STANDARD.vi(), ReportTables.FOUNDATION.vi(),
                ReportTables.PRACTITIONER.vi(), ReportTables.ADVANCED.vi(), ReportTables.NO_EVIDENCE.vi()),
                sheet.semiBold, 8.5f, GREY);
        for (CompetencyReport.Standard standard : report.standards()) {
            sheet.cells(columns, List.of(standard.name().vi(), number(standard.foundation()),
                    number(standard.practitioner()), number(standard.advanced()), number(standard.none())),
                    sheet.regular, 9, NAVY);
        }
    }

    private static void definitions(Sheet sheet) throws IOException {
        sheet.heading(DEFINITIONS_HEADING);
        for (LocalizedText definition : DEFINITIONS) {
            sheet.wrapped(definition.vi(), sheet.regular, 8.5f, NAVY);
            sheet.wrapped(definition.en(), sheet.regular, 7.5f, GREY);
            sheet.gap(3);
        }
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
    }

    private static String percent(Double rate) {
        if (rate == null) {
            return NO_RATE.vi();
        }
        return String.format(Locale.forLanguageTag("vi"), "%.1f %%", rate * 100);
    }

    private static void describe(PDDocument document, Content content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE.vi() + " – " + content.unit().unit().nameVi());
        info.setCreator(content.platformName());
        info.setProducer(content.platformName());
        document.getDocumentCatalog().setLanguage("vi");
    }

    /** Pages written top to bottom; a new page begins when the next line would not fit. */
    private static final class Sheet {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont semiBold;
        private PDPageContentStream stream;
        private float y;

        Sheet(PDDocument document, PDFont regular, PDFont semiBold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.semiBold = semiBold;
            newPage();
        }

        void heading(LocalizedText heading) throws IOException {
            gap(10);
            room(40);
            text(heading.vi() + " · " + heading.en(), semiBold, 11, NAVY);
            stream.setStrokingColor(RULE);
            stream.setLineWidth(0.6f);
            stream.moveTo(MARGIN, y + 3);
            stream.lineTo(MARGIN + WIDTH, y + 3);
            stream.stroke();
            gap(4);
        }

        void text(String text, PDFont font, float size, Color color) throws IOException {
            room(size * 1.4f);
            y -= size * 1.4f;
            write(EmbeddedFonts.printable(font, text), font, size, MARGIN, y, color);
        }

        void wrapped(String text, PDFont font, float size, Color color) throws IOException {
            for (String line : lines(EmbeddedFonts.printable(font, text), font, size, WIDTH)) {
                text(line, font, size, color);
            }
        }

        /** One line of a table: each cell at its column's offset, cut to fit before the next column. */
        void cells(float[] columns, List<String> cells, PDFont font, float size, Color color) throws IOException {
            room(size * 1.6f);
            y -= size * 1.6f;
            for (int i = 0; i < cells.size(); i++) {
                float right = i + 1 < columns.length ? columns[i + 1] - 6 : WIDTH;
                String cell = fit(EmbeddedFonts.printable(font, cells.get(i)), font, size, right - columns[i]);
                write(cell, font, size, MARGIN + columns[i], y, color);
            }
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                stream.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        private void write(String text, PDFont font, float size, float x, float atY, Color color) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> lines(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
            String fitted = text;
            while (!fitted.isEmpty() && width(fitted, font, size) > maxWidth) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            return fitted.length() < text.length() && fitted.length() > 1
                    ? fitted.substring(0, fitted.length() - 1) + "…" : fitted;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }
}
