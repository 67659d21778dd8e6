package vn.ttcs.learn.certification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every certificate PDF is read back: the trainee's name with its diacritics, the number, dates and course as
 * text; the fonts embedded as subsets; the signature valid, and broken by any changed byte; the QR code leading to
 * the verification page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatePdfTest {

    static final String NAME = "Nguyễn Thị Ánh Tuyết";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    CertificateRepository repository;

    @Inject
    UnitRepository units;

    @Inject
    CertificateIssuer issuer;

    Certificate certificate;
    SignedPdf pdf;

    @BeforeAll
    void issueOne() throws Exception {
        Fixtures.Person tuyet = fixtures.person("tuyet", fixtures.provinceA(), Set.of(Role.TRAINEE), NAME);
        certificate = certificates.pressCertificate(tuyet);
        pdf = SignedPdf.of(repository.findById(certificate.id()).orElseThrow().pdf());
    }

    @Test
    void certificatesIssuedOnSeveralThreadsAtOnceEachReadBackWithTheirOwnHolderAndAValidSignature() throws Exception {
        // the parsed fonts are shared by every document (EmbeddedFonts): documents made side by side must not mix
        List<String> names = List.of("Trần Văn Đức", "Lê Thị Thúy Hằng", "Phạm Quốc Việt", "Hoàng Ngọc Ánh",
                "Vũ Thị Phương Thảo", "Đỗ Minh Khôi", "Bùi Thị Huyền Trâm", "Ngô Quang Hưng");
        List<Fixtures.Person> holders = names.stream()
                .map(name -> fixtures.person("parallel", fixtures.provinceA(), Set.of(Role.TRAINEE), name)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var issued = pool.invokeAll(holders.stream()
                    .map(holder -> (java.util.concurrent.Callable<Certificate>) () -> certificates.pressCertificate(holder))
                    .toList());
            for (int i = 0; i < names.size(); i++) {
                SignedPdf each = SignedPdf.of(repository.findById(issued.get(i).get().id()).orElseThrow().pdf());
                assertThat(each.text()).contains(names.get(i)).contains(issued.get(i).get().number());
                assertThat(each.validatesOver(each.bytes())).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePdfReadsBackWithTheNameInVietnameseTheNumberTheDatesAndTheCourse() throws Exception {
        String text = pdf.text();
        assertThat(text).contains(NAME);
        assertThat(text).contains(certificate.number()).containsPattern("TTCS-\\d{4}-\\d{6}");
        LocalDate issued = certificate.issuedAt().atZone(VIETNAM).toLocalDate();
        assertThat(text).contains(CertificateRenderer.DATE.format(issued))
                .contains(CertificateRenderer.DATE.format(issued.plusMonths(24)));
        assertThat(text).contains("Quan hệ báo chí và công tác phát ngôn").contains("Press relations and spokesperson work");
        assertThat(text).contains("CHỨNG NHẬN").contains(units.findBySupervisingTrue().orElseThrow().nameVi().toUpperCase());
        assertThat(text).contains(fixtures.provinceA().nameVi());
    }

    @Test
    void theCompetenciesAttainedAreOnTheCertificateWithTheirLevels() throws Exception {
        assertThat(pdf.text().replaceAll("\\s+", " ")).contains("(Nền tảng)").contains("(Thực hành)")
                .contains("(Foundation)").contains("(Practitioner)");
    }

    @Test
    void thePageIsA4Landscape() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(842, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfTheFontShippedWithThePlatform() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+BeVietnamPro-(Regular|SemiBold)");
            });
        }
    }

    @Test
    void theSignatureCoversTheWholeFileAndValidates() throws Exception {
        assertThat(pdf.coversWholeFile()).isTrue();
        assertThat(pdf.validatesOver(pdf.bytes())).isTrue();
        assertThat(pdf.signerSubject()).contains("TTCS Learn");
    }

    @Test
    void aChangedByteAnywhereInTheSignedRangesBreaksTheSignature() {
        int[] range = pdf.byteRange();
        for (int position : new int[]{10, range[1] / 2, range[1] - 1, range[2] + 1, range[2] + range[3] - 2}) {
            byte[] changed = pdf.bytes().clone();
            changed[position] ^= 0x01;
            assertThat(pdf.validatesOver(changed)).as("byte " + position + " changed").isFalse();
        }
    }

    @Test
    void theQrCodeOpensThePublicVerificationPage() throws Exception {
        String url = "http://localhost:8080/verify/" + certificate.verificationCode();
        assertThat(pdf.qrCode()).isEqualTo(url);
        assertThat(pdf.text()).contains(url);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getPage(0).getAnnotations()).filteredOn(PDAnnotationLink.class::isInstance)
                    .singleElement().satisfies(link -> assertThat(((PDActionURI) ((PDAnnotationLink) link).getAction())
                            .getURI()).isEqualTo(url));
        }
    }

    @Test
    void aRenewalsPdfReadsBackWithItsOwnNumberAndDatesAndTheNumberOfTheCertificateItRenews() throws Exception {
        Fixtures.Person holder = fixtures.person("renewed", fixtures.provinceA(), Set.of(Role.TRAINEE), NAME);
        Certificate original = certificates.pressCertificate(holder);

        Certificate renewal = issuer.issue(holder.id(), original.courseVersionId(),
                CertificateFixtures.PRESS_COMPETENCIES, original.id());

        SignedPdf renewed = SignedPdf.of(repository.findById(renewal.id()).orElseThrow().pdf());
        assertThat(renewed.validatesOver(renewed.bytes())).isTrue();
        assertThat(flat(renewed)).contains(NAME).contains(renewal.number()).contains(datesOf(renewal))
                .contains("Renews certificate").contains(original.number());
    }

    @Test
    void aCorrectionsPdfReadsBackWithItsOwnNumberTheOldExpiryAndTheNumberItSupersedes() throws Exception {
        Fixtures.Person holder = fixtures.person("corrected", fixtures.provinceA(), Set.of(Role.TRAINEE), NAME);
        Certificate original = certificates.pressCertificate(holder);

        Certificate correction = issuer.correct(original.id());

        SignedPdf corrected = SignedPdf.of(repository.findById(correction.id()).orElseThrow().pdf());
        assertThat(corrected.validatesOver(corrected.bytes())).isTrue();
        assertThat(flat(corrected)).contains(NAME).contains(correction.number()).contains(datesOf(correction))
                .contains("Supersedes certificate").contains(original.number());
        assertThat(correction.expiresAt()).isEqualTo(original.expiresAt());
    }

    /** The text of the PDF with every run of white space made one space. */
    private static String flat(SignedPdf pdf) throws Exception {
        return pdf.text().replaceAll("\\s+", " ");
    }

    /** "Ngày cấp · Issued: dd/MM/yyyy" … "Có giá trị đến · Valid until: dd/MM/yyyy" as printed, in Vietnam's zone. */
    private static String[] datesOf(Certificate certificate) {
        return new String[] {CertificateRenderer.DATE.format(certificate.issuedAt().atZone(VIETNAM)),
                CertificateRenderer.DATE.format(certificate.expiresAt().atZone(VIETNAM))};
    }

    @Test
    void theStoredHashIsTheHashOfTheStoredBytes() {
        assertThat(certificate.pdfSha256()).isEqualTo(CertificateIssuer.sha256(pdf.bytes()));
    }
}
