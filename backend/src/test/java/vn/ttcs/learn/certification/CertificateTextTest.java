package vn.ttcs.learn.certification;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is printed on a certificate is what a reader copies out of it. The fonts' ligatures ("fi", "ff", "ffi", and
 * the font's own ":star:"-style symbols) are never drawn, because a ligature glyph has no Unicode of its own: text
 * extracted from the PDF, and a verification link copied from it, would differ from what was printed.
 * No randomness: the code, number and names are fixed, and the ligatures are the ones the font itself defines.
 */
class CertificateTextTest {

    static final String CODE = "ffiflffAfiZ_ffl-0ffi9fiffQfl3fF1";
    static final String NUMBER = "ffi-2026-000123";
    static final String HOLDER = "Phạm Thị Thuỷ Tiffany Fifield";
    static final LocalizedText UNIT = new LocalizedText("Văn phòng Chính phủ", "Office of the Government");
    static final LocalizedText COURSE = new LocalizedText("Truyền thông hiệu quả khi có thông tin sai sự thật",
            "Effective official briefings: flows, fixes and difficult affairs");

    final EmbeddedFonts fonts = new EmbeddedFonts();
    final CertificateRenderer renderer = new CertificateRenderer(new CertificateTemplate(fonts));

    @Test
    void aCertificateWhoseCodeNumberNameAndCourseContainFiFfFlAndFfiReadsBackVerbatim() throws IOException {
        assertThat(VerificationCodes.looksLikeOne(CODE)).isTrue();
        String url = "https://ttcs.example.gov.vn/verify/" + CODE;
        CertificateContent content = new CertificateContent(NUMBER, url, "TTCS Learn",
                new LocalizedText("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"),
                HOLDER, UNIT, COURSE,
                List.of(new CertifiedCompetency("CRISIS", Level.PRACTITIONER,
                        new LocalizedText("Xử lý khủng hoảng truyền thông", "Handling difficult, fast-flowing affairs"))),
                LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1), "ffi-2025-000042", null);

        String text = text(renderer.render(content));

        assertThat(text).contains(url).contains(NUMBER).contains("ffi-2025-000042").contains(HOLDER)
                .contains(UNIT.en()).contains(COURSE.vi()).contains(COURSE.en())
                .contains("Handling difficult, fast-flowing affairs (Practitioner)")
                .contains("Renews certificate")
                .contains("Digitally signed; any change invalidates the signature.");
    }

    @Test
    void everyLigatureAndSubstitutionTheEmbeddedFontsDefineReadsBackAsTheLettersTyped() throws IOException {
        for (String font : List.of(EmbeddedFonts.REGULAR_FONT, EmbeddedFonts.SEMIBOLD_FONT)) {
            List<String> sequences = substitutedSequences(font);
            assertThat(sequences).as("the ligatures of " + font).contains("fi", "ff", "ffi");
            List<String> lines = new ArrayList<>();
            for (String sequence : sequences) {
                lines.add("x" + sequence + "x " + sequence);
            }
            String text = text(drawn(lines, font.equals(EmbeddedFonts.REGULAR_FONT)));
            assertThat(text.lines().map(String::strip).toList()).as(font).containsExactlyElementsOf(lines);
        }
    }

    /** Each line of text drawn with the embedded font, the way the certificate and report PDFs draw text. */
    private byte[] drawn(List<String> lines, boolean regular) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = regular ? fonts.regular(document) : fonts.semiBold(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float y = 760;
                for (String line : lines) {
                    stream.beginText();
                    stream.setFont(font, 11);
                    stream.newLineAtOffset(40, y);
                    stream.showText(line);
                    stream.endText();
                    y -= 16;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The character sequences the font's GSUB table would replace with another glyph under the features PDFBox
     * applies to Latin text (ccmp, liga, clig), read from the font file itself.
     */
    private static List<String> substitutedSequences(String resource) throws IOException {
        try (InputStream in = CertificateTextTest.class.getClassLoader().getResourceAsStream(resource);
             TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            GsubData gsub = ttf.getGsubData();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Map<Integer, Integer> characterOfGlyph = new HashMap<>();
            for (int codePoint = 0x20; codePoint < 0x2000; codePoint++) {
                int glyph = cmap.getGlyphId(codePoint);
                if (glyph != 0) {
                    characterOfGlyph.putIfAbsent(glyph, codePoint);
                }
            }
            TreeSet<String> sequences = new TreeSet<>();
            for (String feature : List.of("ccmp", "liga", "clig")) {
                if (!gsub.isFeatureSupported(feature)) {
                    continue;
                }
                ScriptFeature substitutions = gsub.getFeature(feature);
                for (List<Integer> glyphs : substitutions.getAllGlyphIdsForSubstitution()) {
                    if (characterOfGlyph.keySet().containsAll(glyphs)) { // else no typed text can produce it
                        StringBuilder sequence = new StringBuilder();
                        glyphs.forEach(glyph -> sequence.appendCodePoint(characterOfGlyph.get(glyph)));
                        sequences.add(sequence.toString());
                    }
                }
            }
            return List.copyOf(sequences);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
