package vn.ttcs.learn.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made the way the programs that write them do. */
final class Files {

    private Files() {
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    static byte[] xlsx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    static byte[] odt() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>");
    }

    static byte[] plainZip() {
        return zip(false, "notes.txt", "hello");
    }

    static byte[] windowsProgram() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[60] = (byte) 0x80;
        return bytes;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text() {
        return "Kế hoạch ứng phó khủng hoảng: thông cáo báo chí trong 2 giờ đầu.\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** Entries as name, content pairs; the first one stored uncompressed when asked (as ODF requires of mimetype). */
    /** Entry times of the zips made here: 1 December 2026, so that two calls never differ by a timestamp. */
    private static final long FIXED_TIME = 1_796_083_200_000L;

    static byte[] zip(boolean firstStored, String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] data = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i]);
                entry.setTime(FIXED_TIME); // the same bytes on every call, whenever the clock ticks over
                if (i == 0 && firstStored) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
