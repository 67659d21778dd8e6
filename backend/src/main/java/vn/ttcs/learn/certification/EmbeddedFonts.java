package vn.ttcs.learn.certification;

import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The fonts carried in the jar (Be Vietnam Pro, OFL; see resources/fonts/README.md), read once per process and
 * embedded as subsets into every PDF the platform makes: certificates and report summaries. Fonts are never loaded
 * from the host, so Vietnamese prints the same on every server.
 *
 * <p>Glyph substitution (the font's GSUB table) is switched off: PDFBox would otherwise draw "fi", "ff" and "ffi" as
 * ligature glyphs that have no Unicode of their own, so the text copied out of the PDF (a verification link, a
 * certificate number, a name) would differ from the text printed. Vietnamese needs no substitution: text is composed
 * (NFC) first, and the font has a glyph for every composed letter. (It also spared a fifth of the time of a
 * certificate: PDFBox ran the substitution rules over every string it drew.)
 *
 * <p>Each face is parsed once, with its tables read up front, and the parsed font is shared by all documents and
 * threads: a document only reads it (its own subset is built from it when the document is saved), and FontBox reads
 * a table under a lock. Parsing both faces for every document cost more than drawing the certificate
 * (docs/certificates.md, "Performance").
 */
@Singleton
public final class EmbeddedFonts {

    static final String REGULAR_FONT = "fonts/BeVietnamPro-Regular.ttf";
    static final String SEMIBOLD_FONT = "fonts/BeVietnamPro-SemiBold.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont semiBold;

    public EmbeddedFonts() {
        this.regular = parse(REGULAR_FONT);
        this.semiBold = parse(SEMIBOLD_FONT);
    }

    /** The regular face, embedded (as a subset) into {@code document}. */
    public PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, regular, true);
    }

    /** The semi-bold face, embedded (as a subset) into {@code document}. */
    public PDFont semiBold(PDDocument document) throws IOException {
        return PDType0Font.load(document, semiBold, true);
    }

    /**
     * Composed (NFC) text, so that "Ánh" typed with a combining accent prints as one glyph; control characters
     * become spaces and characters the font has no glyph for become "?", rather than failing the document.
     */
    public static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
                return;
            }
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Parses a face and reads every table now, so that documents on several threads never fill one in together. */
    private static TrueTypeFont parse(String name) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(resource(name)));
            font.setEnableGsub(false); // every character its own glyph: no ligatures (see above)
            font.getUnicodeCmapLookup();
            font.getHeader();
            font.getHorizontalHeader();
            font.getHorizontalMetrics();
            font.getMaximumProfile();
            font.getIndexToLocation();
            font.getGlyph();
            font.getNaming();
            font.getPostScript();
            font.getOS2Windows();
            font.getKerning();
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }
}
