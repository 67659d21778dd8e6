package vn.ttcs.learn.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

/** A QR code drawn as vector squares (sharp at any zoom and in print), with its quiet zone left white. */
final class QrCode {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    static void draw(PDPageContentStream stream, String text, float x, float y, float size, Color color)
            throws IOException {
        BitMatrix modules = encode(text);
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_ZONE_MODULES);
        float left = x + QUIET_ZONE_MODULES * module;
        float top = y + size - QUIET_ZONE_MODULES * module;
        stream.setNonStrokingColor(Color.WHITE);
        stream.addRect(x, y, size, size);
        stream.fill();
        stream.setNonStrokingColor(color);
        for (int row = 0; row < count; row++) {
            for (int column = 0; column < count; column++) {
                if (modules.get(column, row)) {
                    stream.addRect(left + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }
}
