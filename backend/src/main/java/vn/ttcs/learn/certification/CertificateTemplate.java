package vn.ttcs.learn.certification;

import jakarta.inject.Singleton;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.Map;

/**
 * What every certificate shares: the fonts carried in the jar ({@link EmbeddedFonts}, read once per process) and the
 * fixed wording, Vietnamese first, English second. A change here changes certificates issued from then on; issued
 * ones keep their stored PDF.
 */
@Singleton
final class CertificateTemplate {

    static final LocalizedText TITLE = new LocalizedText("CHỨNG NHẬN", "CERTIFICATE");
    static final LocalizedText TAGLINE = new LocalizedText("Nền tảng đào tạo và chứng nhận cán bộ truyền thông chính sách",
            "Training and certification of policy-communication officers");
    static final LocalizedText CERTIFIES = new LocalizedText("Chứng nhận ông/bà", "This is to certify that");
    static final LocalizedText COMPLETED = new LocalizedText(
            "đã hoàn thành khóa học và đạt yêu cầu chứng nhận", "has completed the course and met its certification rule");
    static final LocalizedText COMPETENCIES = new LocalizedText("Năng lực đạt được", "Competencies attained");
    static final LocalizedText NUMBER = new LocalizedText("Số hiệu", "Number");
    static final LocalizedText ISSUED = new LocalizedText("Ngày cấp", "Issued");
    static final LocalizedText VALID_UNTIL = new LocalizedText("Có giá trị đến", "Valid until");
    static final LocalizedText RENEWS = new LocalizedText("Cấp lại cho chứng nhận", "Renews certificate");
    static final LocalizedText SUPERSEDES = new LocalizedText("Thay thế chứng nhận", "Supersedes certificate");
    static final LocalizedText SCAN_TO_VERIFY = new LocalizedText("Quét mã để xác thực", "Scan to verify");
    static final LocalizedText VERIFY_AT = new LocalizedText("Xác thực tại", "Verify at");
    static final LocalizedText SIGNED = new LocalizedText("Văn bản được ký số; mọi thay đổi sẽ làm chữ ký mất hiệu lực.",
            "Digitally signed; any change invalidates the signature.");
    static final LocalizedText SIGNATURE_REASON = new LocalizedText("Chứng nhận hoàn thành khóa học",
            "Certificate of course completion");

    static final Map<Level, LocalizedText> LEVELS = Map.of(
            Level.FOUNDATION, new LocalizedText("Nền tảng", "Foundation"),
            Level.PRACTITIONER, new LocalizedText("Thực hành", "Practitioner"),
            Level.ADVANCED, new LocalizedText("Nâng cao", "Advanced"));

    private final EmbeddedFonts fonts;

    CertificateTemplate(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    EmbeddedFonts fonts() {
        return fonts;
    }

    /** "Số hiệu · Number" */
    static String both(LocalizedText text) {
        return text.vi() + " · " + text.en();
    }
}
