package vn.ttcs.learn.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/** Reads a signed certificate PDF back the way a checker would: its text, its signature, its QR code. */
record SignedPdf(byte[] bytes, int[] byteRange, byte[] contents) {

    static SignedPdf of(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return new SignedPdf(bytes, signature.getByteRange(), signature.getContents());
        }
    }

    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The signed byte ranges cover the whole file but for the signature value itself. */
    boolean coversWholeFile() {
        return byteRange[0] == 0 && byteRange[2] + byteRange[3] == bytes.length
                && byteRange[1] < byteRange[2];
    }

    /** Whether the CMS signature validates over these byte ranges of {@code file} (the same file, or a changed one). */
    boolean validatesOver(byte[] file) {
        try {
            ByteArrayOutputStream signed = new ByteArrayOutputStream();
            signed.write(file, byteRange[0], byteRange[1]);
            signed.write(file, byteRange[2], byteRange[3]);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), contentInfo());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return false;
        }
    }

    String signerSubject() throws Exception {
        CMSSignedData cms = new CMSSignedData(contentInfo());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        return ((X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next())
                .getSubject().toString();
    }

    /** The CMS structure, without the zeros that pad the space reserved for it in the file. */
    private ContentInfo contentInfo() throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /**
     * Decodes the QR code of the first page. Rendering blurs module edges differently at each resolution, so several
     * resolutions and both binarizers are tried; the first successful decode is returned.
     */
    String qrCode() throws Exception {
        com.google.zxing.ReaderException last = null;
        for (int dpi : new int[] {300, 200, 150}) {
            BufferedImage image;
            try (PDDocument document = Loader.loadPDF(bytes)) {
                image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            }
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            RGBLuminanceSource source = new RGBLuminanceSource(width, height, pixels);
            for (BinaryBitmap bitmap : new BinaryBitmap[] {new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source))}) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (com.google.zxing.ReaderException e) {
                    last = e;
                }
            }
        }
        throw last;
    }
}
