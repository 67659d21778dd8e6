package vn.ttcs.learn.certification;

import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Signs a PDF with the platform's key: an incremental update that adds a signature field whose value is a detached
 * CMS (PKCS#7) signature over the whole file except the signature itself (adbe.pkcs7.detached), with the signer's
 * certificate chain inside, so that Acrobat, Foxit or {@code pdfsig} can tell whether the file was altered.
 */
@Singleton
final class PdfSigner {

    private final SigningKey key;
    private final Provider provider = new BouncyCastleProvider();

    PdfSigner(SigningKey key) {
        this.key = key;
    }

    byte[] sign(byte[] unsigned, Instant signedAt, String signerName, String reason, String contactInfo) {
        try (PDDocument document = Loader.loadPDF(unsigned);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setContactInfo(contactInfo);
            signature.setSignDate(calendar(signedAt));
            options.setPreferredSignatureSize(signatureSize());
            document.addSignature(signature, this::cmsSignature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 2 * signatureSize() + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate PDF", e);
        }
    }

    private byte[] cmsSignature(InputStream signedRanges) throws IOException {
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(provider).build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(provider).build()).build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(signedRanges.readAllBytes()), false).getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("Cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    /** Room for the CMS structure: the signature and the certificate chain, with margin. */
    private int signatureSize() {
        int certificates = 0;
        for (X509Certificate certificate : key.chain()) {
            try {
                certificates += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, certificates + 4096);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
