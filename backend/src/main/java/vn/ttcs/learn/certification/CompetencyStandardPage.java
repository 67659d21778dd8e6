package vn.ttcs.learn.certification;

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
import vn.ttcs.learn.competency.CompetencyStandards;
import vn.ttcs.learn.competency.Levels;
import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;
import java.util.stream.Collectors;

import static vn.ttcs.learn.certification.PublicPages.bilingual;
import static vn.ttcs.learn.certification.PublicPages.escape;
import static vn.ttcs.learn.certification.PublicPages.html;
import static vn.ttcs.learn.certification.PublicPages.row;
import static vn.ttcs.learn.certification.PublicPages.sideBySide;

/**
 * The public page of one standard of the competency framework: the address that the alignments of every Open
 * Badges credential give as {@code targetUrl} ({@link OpenBadges}), so that whoever checks a badge can read what the
 * competency means. Server-rendered like the verification page (same look, no login, Vietnamese first with English,
 * every text from content escaped): code, name, description, what the standard asks at each level, and where it sits
 * in the UK GCS framework, among Singapore MCI's functions and the tasks of Directive 07/CT-TTg.
 */
@Hidden
@Controller("/competencies")
@Secured(SecurityRule.IS_ANONYMOUS)
class CompetencyStandardPage {

    private static final String HEADING_VI = "Tiêu chuẩn năng lực";
    private static final String HEADING_EN = "Competency standard";

    private final CompetencyStandards standards;
    private final CertificateSettings settings;

    CompetencyStandardPage(CompetencyStandards standards, CertificateSettings settings) {
        this.standards = standards;
        this.settings = settings;
    }

    @Get(value = "/{code}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<String> page(@PathVariable String code) {
        return standards.find(code)
                .map(s -> html(HttpStatus.OK, PublicPages.document(settings.platformName(), HEADING_VI, HEADING_EN,
                        s.code() + " – " + s.name().vi(), body(s))))
                .orElseGet(this::notFound);
    }

    /** An unknown code; this controller's own 404 handler too, so that /competencies/... never falls back to the SPA. */
    @Error(status = HttpStatus.NOT_FOUND)
    MutableHttpResponse<String> notFound() {
        return html(HttpStatus.NOT_FOUND, PublicPages.document(settings.platformName(), HEADING_VI, HEADING_EN,
                "Không tìm thấy · Not found",
                "<p class=\"status unknown\">Không có tiêu chuẩn năng lực với mã này trong khung năng lực.</p>"
                        + "<p lang=\"en\">The competency framework has no standard with this code.</p>"));
    }

    private String body(CompetencyStandard s) {
        StringBuilder html = new StringBuilder();
        html.append("<h2>").append(sideBySide(s.name().vi(), s.name().en())).append("</h2>");
        StringBuilder rows = new StringBuilder();
        row(rows, "Mã", "Code", escape(s.code()));
        if (s.description() != null) {
            row(rows, "Mô tả", "Description", bilingual(s.description().vi(), s.description().en()));
        }
        if (s.gcsStage() != null) {
            LocalizedText stage = gcsStage(s.gcsStage());
            row(rows, "Giai đoạn GCS (Anh)", "GCS stage (UK)", bilingual(stage.vi(), stage.en()));
        }
        if (s.gcsDiscipline() != null) {
            row(rows, "Chuyên ngành GCS", "GCS discipline", bilingual(s.gcsDiscipline().vi(), s.gcsDiscipline().en()));
        }
        if (s.mciFunction() != null) {
            LocalizedText function = mciFunction(s.mciFunction());
            row(rows, "Chức năng MCI (Singapore)", "MCI function (Singapore)", bilingual(function.vi(), function.en()));
        }
        if (s.directive07Tasks() != null && !s.directive07Tasks().isEmpty()) {
            String tasks = s.directive07Tasks().stream().map(t -> escape(t.replace("dd", "đ")))
                    .collect(Collectors.joining(", "));
            row(rows, "Nhiệm vụ theo Chỉ thị 07/CT-TTg", "Tasks of Directive 07/CT-TTg", tasks);
        }
        html.append("<dl>").append(rows).append("</dl>");
        html.append("<h2>Các cấp độ <span lang=\"en\">· Levels</span></h2>");
        for (Level level : Level.values()) {
            List<LocalizedText> indicators = s.indicators() == null ? null : s.indicators().get(level);
            if (indicators == null || indicators.isEmpty()) {
                continue;
            }
            LocalizedText name = Levels.name(level);
            html.append("<h3>").append(sideBySide(name.vi(), name.en())).append("</h3><ul>");
            for (LocalizedText indicator : indicators) {
                html.append("<li>").append(bilingual(indicator.vi(), indicator.en())).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p class=\"note\">Mỗi cấp độ bao gồm các chỉ báo của cấp độ thấp hơn. "
                + "<span lang=\"en\">Each level includes the indicators of the level below.</span></p>");
        return html.toString();
    }

    private static LocalizedText gcsStage(Definitions.GcsStage stage) {
        return switch (stage) {
            case INSIGHT -> new LocalizedText("Thấu hiểu (Insight)", "Insight");
            case IDEAS -> new LocalizedText("Ý tưởng, chiến lược (Ideas)", "Ideas");
            case IMPLEMENTATION -> new LocalizedText("Triển khai (Implementation)", "Implementation");
            case IMPACT -> new LocalizedText("Tác động (Impact)", "Impact");
        };
    }

    private static LocalizedText mciFunction(Definitions.MciFunction function) {
        return switch (function) {
            case RESEARCH_DATA -> new LocalizedText("Nghiên cứu và phân tích dữ liệu", "Research and data analytics");
            case MARKETING_BRANDING -> new LocalizedText("Marketing và phát triển thương hiệu", "Marketing and branding");
            case MESSAGING_ENGAGEMENT -> new LocalizedText("Truyền tải thông điệp và liên kết", "Messaging and engagement");
            case COMMUNITY_ENGAGEMENT -> new LocalizedText("Liên kết cộng đồng", "Community engagement");
            case STRATEGIC_COMMUNICATION -> new LocalizedText("Truyền thông chiến lược", "Strategic communication");
        };
    }
}
