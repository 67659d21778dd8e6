package vn.ttcs.learn.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of certificate PDFs, made as it is read: each time the reader has taken all bytes so far, the next PDF is
 * fetched and compressed, so at most one PDF is held in memory. Entries are named {@code <number>.pdf}; PDFs are
 * already compressed, so they are stored, not deflated again.
 */
final class CertificateZip extends InputStream {

    private final Iterator<Certificate> remaining;
    private final LongFunction<byte[]> pdfOf;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
    private final ZipOutputStream zip = new ZipOutputStream(buffer);
    private byte[] chunk = new byte[0];
    private int position;
    private boolean finished;

    CertificateZip(List<Certificate> certificates, LongFunction<byte[]> pdfOf) {
        this.remaining = certificates.iterator();
        this.pdfOf = pdfOf;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, n);
        position += n;
        return n;
    }

    private void fill() throws IOException {
        if (remaining.hasNext()) {
            Certificate certificate = remaining.next();
            byte[] pdf = pdfOf.apply(certificate.id());
            ZipEntry entry = new ZipEntry(certificate.number() + ".pdf");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(pdf.length);
            entry.setCompressedSize(pdf.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(pdf);
            entry.setCrc(crc.getValue());
            entry.setTime(certificate.issuedAt().toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(pdf);
            zip.closeEntry();
        } else {
            zip.finish();
            finished = true;
        }
        zip.flush();
        chunk = buffer.toByteArray();
        buffer.reset();
        position = 0;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        zip.close();
    }
}
