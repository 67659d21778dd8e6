package vn.ttcs.learn.certification;

import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Not a test and not a benchmark: renders and signs a sample certificate a few times and prints how long that took,
 * so docs/certificates.md can say roughly what issuing costs (speed targets belong in bench/). It also writes the
 * sample to target/sample-certificate.pdf to look at. Run with the test classpath, from backend/:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.ttcs.learn.certification.IssueTiming}
 */
final class IssueTiming {

    private IssueTiming() {
    }

    public static void main(String[] args) throws Exception {
        CertificateSettings settings = new CertificateSettings("http://localhost:8080", "TTCS Learn", null, null,
                "TTCS", "Asia/Ho_Chi_Minh");
        long startedAt = System.nanoTime();
        SigningKey key = new SigningKey(null, null, null, "target/test-data", settings);
        CertificateRenderer renderer = new CertificateRenderer(new CertificateTemplate(new EmbeddedFonts()));
        PdfSigner signer = new PdfSigner(key);
        System.out.printf("key and template loaded: %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);
        CertificateContent content = new CertificateContent("TTCS-2026-000123",
                "http://localhost:8080/verify/" + VerificationCodes.next(), "TTCS Learn",
                new LocalizedText("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"),
                "Nguyễn Thị Ánh Tuyết", new LocalizedText("Tỉnh Bắc Ninh", "Bac Ninh Province"),
                new LocalizedText("Quan hệ báo chí và công tác phát ngôn", "Press relations and spokesperson work"),
                List.of(new CertifiedCompetency("PRESS", Level.FOUNDATION,
                                new LocalizedText("Quan hệ báo chí và phát ngôn", "Press relations and spokesperson work")),
                        new CertifiedCompetency("MESSAGE", Level.PRACTITIONER,
                                new LocalizedText("Xây dựng thông điệp và nội dung", "Message and content development"))),
                LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1), null, null);
        byte[] pdf = null;
        for (int i = 1; i <= 5; i++) {
            long t0 = System.nanoTime();
            byte[] unsigned = renderer.render(content);
            long t1 = System.nanoTime();
            pdf = signer.sign(unsigned, Instant.now(), "TTCS Learn", "Chứng nhận", content.verificationUrl());
            long t2 = System.nanoTime();
            System.out.printf("run %d: render %d ms, sign %d ms, %d bytes%n", i, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, pdf.length);
        }
        Files.write(Path.of("target/sample-certificate.pdf"), pdf);
    }
}
