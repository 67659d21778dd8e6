package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static vn.ttcs.learn.certification.PublicPages.bilingual;
import static vn.ttcs.learn.certification.PublicPages.escape;
import static vn.ttcs.learn.certification.PublicPages.html;
import static vn.ttcs.learn.certification.PublicPages.row;

/**
 * The public page a certificate's QR code opens: a small server-rendered HTML page, Vietnamese first with English,
 * without script or inline style (the global Content-Security-Policy applies; the look is the file
 * resources/static/verification.css, made for a phone first), every value escaped. It says whether the certificate
 * is valid, expired or revoked, whose it is, for which course and its dates — nothing more personal. Shares the
 * rate limit of the JSON answer.
 */
@Hidden
@Controller("/verify")
@Secured(SecurityRule.IS_ANONYMOUS)
class VerificationPage {

    private final CertificateDirectory directory;
    private final VerificationThrottle throttle;
    private final CertificateSettings settings;

    VerificationPage(CertificateDirectory directory, VerificationThrottle throttle, CertificateSettings settings) {
        this.directory = directory;
        this.throttle = throttle;
        this.settings = settings;
    }

    @Get(value = "/{verificationCode}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@PathVariable String verificationCode, HttpRequest<?> request) {
        Optional<Duration> wait = throttle.admit(request);
        if (wait.isPresent()) {
            long seconds = VerificationThrottle.retryAfterSeconds(wait.get());
            return html(HttpStatus.TOO_MANY_REQUESTS, page("Quá nhiều yêu cầu · Too many requests",
                    "<p>Có quá nhiều yêu cầu xác thực từ địa chỉ của bạn. Vui lòng thử lại sau " + seconds + " giây.</p>"
                            + "<p lang=\"en\">Too many verification requests from your address. Try again in "
                            + seconds + " seconds.</p>"))
                    .header("Retry-After", String.valueOf(seconds));
        }
        return directory.verify(verificationCode)
                .map(v -> html(HttpStatus.OK, page(v.number(), body(v))))
                .orElseGet(this::notFound);
    }

    /**
     * An unknown code. Declared as this controller's own 404 handler too: otherwise the app's global one
     * (web/SinglePageAppFallback) would answer a 404 under /verify with the front end's index.html.
     */
    @Error(status = HttpStatus.NOT_FOUND)
    MutableHttpResponse<String> notFound() {
        return html(HttpStatus.NOT_FOUND, page("Không tìm thấy · Not found",
                "<p class=\"status unknown\">Không tìm thấy chứng nhận với mã xác thực này.</p>"
                        + "<p lang=\"en\">No certificate has this verification code.</p>"
                        + "<p class=\"note\">Hãy kiểm tra lại đường dẫn hoặc quét lại mã QR trên chứng nhận. "
                        + "<span lang=\"en\">Check the link, or scan the QR code on the certificate again.</span></p>"));
    }

    private String body(CertificateVerification v) {
        String status = switch (v.status()) {
            case VALID -> "<p class=\"status valid\">Còn hiệu lực <span lang=\"en\">· Valid</span></p>";
            case EXPIRED -> "<p class=\"status expired\">Hết hạn <span lang=\"en\">· Expired</span></p>";
            case REVOKED -> "<p class=\"status revoked\">Đã thu hồi <span lang=\"en\">· Revoked</span></p>";
        };
        StringBuilder rows = new StringBuilder();
        row(rows, "Số hiệu", "Number", escape(v.number()));
        row(rows, "Người được cấp", "Holder", escape(v.holderName()));
        row(rows, "Khóa học", "Course", bilingual(v.courseTitle().vi(), v.courseTitle().en()));
        row(rows, "Cơ quan cấp", "Issued by", bilingual(v.issuer().vi(), v.issuer().en()));
        row(rows, "Ngày cấp", "Issued", date(v.issuedOn()));
        row(rows, "Có giá trị đến", "Valid until", date(v.expiresOn()));
        if (v.revokedOn() != null) {
            row(rows, "Ngày thu hồi", "Revoked on", date(v.revokedOn()));
            row(rows, "Lý do thu hồi", "Reason", escape(v.revocationReason()));
        }
        if (v.supersededBy() != null) {
            row(rows, "Được thay thế bởi", "Superseded by", escape(v.supersededBy()));
        }
        return status + "<dl>" + rows + "</dl>"
                + "<p class=\"note\">Bản PDF của chứng nhận được ký số; trình đọc PDF cho biết tệp có bị sửa đổi hay không. "
                + "<span lang=\"en\">The certificate PDF is digitally signed; a PDF reader tells whether the file was "
                + "altered.</span></p>";
    }

    private String page(String title, String content) {
        return PublicPages.document(settings.platformName(), "Xác thực chứng nhận", "Certificate verification", title,
                content);
    }

    private static String date(LocalDate date) {
        return CertificateRenderer.DATE.format(date);
    }
}
