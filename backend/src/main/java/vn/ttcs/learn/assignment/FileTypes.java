package vn.ttcs.learn.assignment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a submitted file is, judged by its content and never by its name or the browser's word: PDF, Word, Excel and
 * PowerPoint documents (a ZIP holding {@code [Content_Types].xml}), OpenDocument text, plain UTF-8 text, PNG and
 * JPEG. Anything else — programs, HTML or other markup, archives — is refused. A name whose extension says another
 * of these types than the content is refused too, so that a file is never saved or opened as what it is not.
 *
 * <p>ZIP-based formats are recognised from the names in their local headers, which are stored uncompressed: nothing
 * is inflated, so a crafted archive costs no more to check than its size.
 */
public final class FileTypes {

    public enum Type {
        PDF("application/pdf", "PDF", Set.of("pdf")),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)",
                Set.of("docx")),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", Set.of("xlsx")),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (PPTX)",
                Set.of("pptx")),
        ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", Set.of("odt")),
        TEXT("text/plain; charset=utf-8", "plain UTF-8 text", Set.of("txt", "text", "md")),
        PNG("image/png", "PNG", Set.of("png")),
        JPEG("image/jpeg", "JPEG", Set.of("jpg", "jpeg"));

        final String mediaType;
        final String label;
        final Set<String> extensions;

        Type(String mediaType, String label, Set<String> extensions) {
            this.mediaType = mediaType;
            this.label = label;
            this.extensions = extensions;
        }
    }

    /** What is accepted, for messages. */
    static final String ACCEPTED = "PDF, DOCX, XLSX, PPTX, ODT, plain UTF-8 text, PNG or JPEG";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private FileTypes() {
    }

    /** The type of the content, if it is one of the accepted types. */
    public static Optional<Type> detect(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(content, 0, ZIP)) {
            return zipType(content);
        }
        return isPlainText(content) ? Optional.of(Type.TEXT) : Optional.empty();
    }

    /** Whether the name's extension, if it has one, agrees with the type found in the content. */
    public static boolean nameAgrees(String fileName, Type type) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return true;
        }
        return type.extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Optional<Type> zipType(byte[] content) {
        List<String> names = new ArrayList<>();
        String firstEntryData = null;
        int at = 0;
        while (at + 30 <= content.length && startsWith(content, at, ZIP) && names.size() < MAX_ZIP_ENTRIES) {
            int flags = u16(content, at + 6);
            long compressed = u32(content, at + 18);
            int nameLength = u16(content, at + 26);
            int extraLength = u16(content, at + 28);
            int dataStart = at + 30 + nameLength + extraLength;
            if (dataStart > content.length) {
                break;
            }
            String name = new String(content, at + 30, nameLength, StandardCharsets.UTF_8);
            if (names.isEmpty() && name.equals("mimetype") && dataStart + compressed <= content.length) {
                firstEntryData = new String(content, dataStart, (int) compressed, StandardCharsets.US_ASCII);
            }
            names.add(name);
            if ((flags & 0x08) != 0) {
                // Sizes follow the data in a descriptor: look for the next local header instead.
                int next = indexOf(content, ZIP, dataStart);
                if (next < 0) {
                    break;
                }
                at = next;
            } else {
                at = (int) Math.min(Integer.MAX_VALUE, dataStart + compressed);
            }
        }
        if (ODT_MIMETYPE.equals(firstEntryData)) {
            return Optional.of(Type.ODT);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(Type.DOCX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(Type.XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Optional.of(Type.PPTX);
        }
        return Optional.empty();
    }

    /**
     * UTF-8 without NUL or other control characters than tab, line breaks and form feed, and not markup: a text that
     * opens with {@code <} is HTML, XML or SVG, which a browser would run or render rather than show.
     */
    private static boolean isPlainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return !start.isBlank() && !start.stripLeading().startsWith("<");
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        if (at < 0 || content.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] what, int from) {
        for (int i = Math.max(from, 0); i + what.length <= content.length; i++) {
            if (startsWith(content, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
