package vn.ttcs.learn.certification;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import vn.ttcs.learn.shared.LocalizedText;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static vn.ttcs.learn.certification.CertificateTemplate.both;

/**
 * Lays out one certificate on an A4 landscape page with PDFBox: issuing body and platform, the holder's name, unit,
 * course, competencies, number and dates, and a QR code (with a link) to the public verification page. Fonts are
 * embedded as subsets. The result is unsigned; {@link PdfSigner} signs it.
 */
@Singleton
final class CertificateRenderer {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Color NAVY = new Color(0x1d, 0x35, 0x57);
    private static final Color GOLD = new Color(0xb0, 0x8d, 0x3a);
    private static final Color GREY = new Color(0x52, 0x5c, 0x69);
    private static final float WIDTH = A4_LANDSCAPE.getWidth();
    private static final float CENTRE = WIDTH / 2;
    private static final float TEXT_WIDTH = 680;
    private static final float QR_SIZE = 84;

    private final CertificateTemplate template;

    CertificateRenderer(CertificateTemplate template) {
        this.template = template;
    }

    byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = template.fonts().regular(document);
            PDFont semiBold = template.fonts().semiBold(document);
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            float qrX = WIDTH - 64 - QR_SIZE;
            float qrY = 70;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(stream, regular, semiBold);
                frame(stream);
                header(canvas, content);
                holder(canvas, content);
                course(canvas, content);
                competencies(canvas, content);
                facts(canvas, content);
                QrCode.draw(stream, content.verificationUrl(), qrX, qrY, QR_SIZE, NAVY);
                canvas.centred(both(CertificateTemplate.SCAN_TO_VERIFY), regular, 7, qrX + QR_SIZE / 2, qrY - 10, GREY);
                canvas.centred(both(CertificateTemplate.SIGNED), regular, 7.5f, CENTRE, 54, GREY);
                canvas.centred(both(CertificateTemplate.VERIFY_AT) + ": " + content.verificationUrl(), regular, 7.5f,
                        CENTRE, 42, GREY);
            }
            page.getAnnotations().add(link(content.verificationUrl(), new PDRectangle(qrX, qrY, QR_SIZE, QR_SIZE)));
            describe(document, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + content.number(), e);
        }
    }

    private static void frame(PDPageContentStream stream) throws IOException {
        stream.setStrokingColor(NAVY);
        stream.setLineWidth(2.5f);
        stream.addRect(20, 20, WIDTH - 40, A4_LANDSCAPE.getHeight() - 40);
        stream.stroke();
        stream.setStrokingColor(GOLD);
        stream.setLineWidth(0.8f);
        stream.addRect(28, 28, WIDTH - 56, A4_LANDSCAPE.getHeight() - 56);
        stream.stroke();
    }

    private static void header(Canvas canvas, CertificateContent content) throws IOException {
        canvas.centred(content.issuer().vi().toUpperCase(Locale.forLanguageTag("vi")), canvas.semiBold, 13, CENTRE, 540, NAVY);
        canvas.centred(content.issuer().en(), canvas.regular, 9.5f, CENTRE, 525, GREY);
        canvas.stream.setStrokingColor(GOLD);
        canvas.stream.setLineWidth(0.8f);
        canvas.stream.moveTo(CENTRE - 60, 514);
        canvas.stream.lineTo(CENTRE + 60, 514);
        canvas.stream.stroke();
        canvas.centred(content.platformName(), canvas.semiBold, 11, CENTRE, 497, NAVY);
        canvas.centred(both(CertificateTemplate.TAGLINE), canvas.regular, 8.5f, CENTRE, 484, GREY);
        canvas.centred(CertificateTemplate.TITLE.vi(), canvas.semiBold, 36, CENTRE, 438, NAVY);
        canvas.stream.setCharacterSpacing(3);
        canvas.centred(CertificateTemplate.TITLE.en(), canvas.regular, 11, CENTRE + 1.5f, 419, GOLD);
        canvas.stream.setCharacterSpacing(0);
    }

    private static void holder(Canvas canvas, CertificateContent content) throws IOException {
        canvas.centred(both(CertificateTemplate.CERTIFIES), canvas.regular, 11, CENTRE, 388, GREY);
        canvas.centredToFit(content.holderName(), canvas.semiBold, 28, CENTRE, 352, NAVY);
        canvas.centredToFit(content.unit().vi(), canvas.regular, 11.5f, CENTRE, 331, NAVY);
        canvas.centredToFit(content.unit().en(), canvas.regular, 9, CENTRE, 318, GREY);
    }

    private static void course(Canvas canvas, CertificateContent content) throws IOException {
        canvas.centred(both(CertificateTemplate.COMPLETED), canvas.regular, 11, CENTRE, 294, GREY);
        List<String> title = canvas.wrap(content.courseTitle().vi(), canvas.semiBold, 17, TEXT_WIDTH, 2);
        float y = 270;
        for (String line : title) {
            canvas.centred(line, canvas.semiBold, 17, CENTRE, y, NAVY);
            y -= 19;
        }
        canvas.centredToFit(content.courseTitle().en(), canvas.regular, 10.5f, CENTRE, y + 3, GREY);
    }

    private static void competencies(Canvas canvas, CertificateContent content) throws IOException {
        if (content.competencies().isEmpty()) {
            return;
        }
        canvas.centred(both(CertificateTemplate.COMPETENCIES), canvas.semiBold, 9.5f, CENTRE, 212, GOLD);
        List<String> vi = content.competencies().stream().map(c -> c.name().vi() + " (" + level(c).vi() + ")").toList();
        List<String> en = content.competencies().stream().map(c -> c.name().en() + " (" + level(c).en() + ")").toList();
        float y = 199;
        for (String line : canvas.wrapItems(vi, canvas.regular, 9.5f, TEXT_WIDTH, 3)) {
            canvas.centred(line, canvas.regular, 9.5f, CENTRE, y, NAVY);
            y -= 11.5f;
        }
        for (String line : canvas.wrapItems(en, canvas.regular, 8, TEXT_WIDTH, 2)) {
            canvas.centred(line, canvas.regular, 8, CENTRE, y, GREY);
            y -= 10;
        }
    }

    private static LocalizedText level(CertifiedCompetency competency) {
        return CertificateTemplate.LEVELS.get(competency.level());
    }

    private static void facts(Canvas canvas, CertificateContent content) throws IOException {
        float x = 64;
        float y = 140;
        canvas.labelled(both(CertificateTemplate.NUMBER), content.number(), x, y);
        canvas.labelled(both(CertificateTemplate.ISSUED), DATE.format(content.issuedOn()), x, y - 16);
        canvas.labelled(both(CertificateTemplate.VALID_UNTIL), DATE.format(content.validUntil()), x, y - 32);
        if (content.renewsNumber() != null) {
            canvas.labelled(both(CertificateTemplate.RENEWS), content.renewsNumber(), x, y - 48);
        } else if (content.supersedesNumber() != null) {
            canvas.labelled(both(CertificateTemplate.SUPERSEDES), content.supersedesNumber(), x, y - 48);
        }
    }

    private static PDAnnotationLink link(String url, PDRectangle area) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        return link;
    }

    private static void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(CertificateTemplate.TITLE.vi() + " " + content.number() + " – " + content.courseTitle().vi());
        info.setAuthor(content.issuer().vi());
        info.setSubject(content.holderName());
        info.setCreator(content.platformName());
        info.setProducer(content.platformName());
        info.setCreationDate(calendar(content.issuedOn()));
        document.getDocumentCatalog().setLanguage("vi");
    }

    private static GregorianCalendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return calendar;
    }

    /** Writing text on the page: centred, shrunk or wrapped to fit, with characters the font lacks replaced. */
    private static final class Canvas {

        private final PDPageContentStream stream;
        private final PDFont regular;
        private final PDFont semiBold;

        Canvas(PDPageContentStream stream, PDFont regular, PDFont semiBold) {
            this.stream = stream;
            this.regular = regular;
            this.semiBold = semiBold;
        }

        void centred(String text, PDFont font, float size, float centreX, float y, Color color) throws IOException {
            String printable = printable(font, text);
            write(printable, font, size, centreX - width(printable, font, size) / 2, y, color);
        }

        /** Centred on one line; a text too long for the line is set smaller (down to 60 %). */
        void centredToFit(String text, PDFont font, float size, float centreX, float y, Color color) throws IOException {
            String printable = printable(font, text);
            float widthAtOne = width(printable, font, 1);
            float fitted = size;
            while (widthAtOne * fitted > TEXT_WIDTH && fitted > size * 0.6f) {
                fitted -= 0.5f;
            }
            write(printable, font, fitted, centreX - widthAtOne * fitted / 2, y, color);
        }

        void labelled(String label, String value, float x, float y) throws IOException {
            String printableLabel = printable(regular, label) + ": ";
            write(printableLabel, regular, 9, x, y, GREY);
            write(printable(semiBold, value), semiBold, 10, x + width(printableLabel, regular, 9), y, NAVY);
        }

        /** Items joined by " · ", broken into lines between items where they fit, within words where they do not. */
        List<String> wrapItems(List<String> items, PDFont font, float size, float maxWidth, int maxLines)
                throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String item : items) {
                String candidate = line.isEmpty() ? item : line + " · " + item;
                if (width(printable(font, candidate), font, size) <= maxWidth) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = item;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> fitted = new ArrayList<>();
            for (String each : lines) {
                fitted.addAll(wrap(each, font, size, maxWidth, maxLines));
            }
            return fitted.size() <= maxLines ? fitted : wrap(String.join(" · ", items), font, size, maxWidth, maxLines);
        }

        /** Breaks a text into at most {@code maxLines} lines; the last line ends in "…" if the text does not fit. */
        List<String> wrap(String text, PDFont font, float size, float maxWidth, int maxLines) throws IOException {
            String[] words = printable(font, text).split(" ");
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : words) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth || line.isEmpty()) {
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
            if (lines.size() > maxLines) {
                List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
                String last = kept.get(maxLines - 1);
                while (width(last + " …", font, size) > maxWidth && last.contains(" ")) {
                    last = last.substring(0, last.lastIndexOf(' '));
                }
                kept.set(maxLines - 1, last + " …");
                return kept;
            }
            return lines;
        }

        private void write(String text, PDFont font, float size, float x, float y, Color color) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        static String printable(PDFont font, String text) {
            return EmbeddedFonts.printable(font, text);
        }
    }
}
