package vn.ttcs.learn.learning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ttcs.learn.catalog.CourseLesson;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lessons are Markdown written by trainers, rendered on the server and shown with v-html. Whatever a lesson contains,
 * nothing executable may reach the page, and ordinary Markdown must still look like Markdown.
 */
class LessonRendererTest {

    private static final String COURSE = "bao-chi-phat-ngon";
    private static final String ASSETS = "/api/courses/" + COURSE + "/assets/";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<\\s*([a-zA-Z0-9]+)");

    private final LessonRenderer renderer = new LessonRenderer(new CommonmarkRenderer(), new OwaspHtmlSanitiser());

    private String render(String markdown) {
        return renderer.render(COURSE, markdown);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Chữ <script src=\"https://evil.example/x.js\"></script> trong đoạn",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<scr<script>ipt>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\">bấm vào đây</p>",
            "<a href=\"javascript:alert(1)\">liên kết</a>",
            "<body onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<svg onload=alert(1)><circle r=\"10\"/></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<form action=\"https://evil.example\"><input name=\"q\"><button>Gửi</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "[bấm](javascript:alert(1))",
            "[bấm](JaVaScRiPt:alert(1))",
            "[bấm](javascript&colon;alert(1))",
            "[bấm](&#106;avascript:alert(1))",
            "[bấm](&#x6A;&#x61;&#x76;&#x61;script:alert(1))",
            "[bấm](java\tscript:alert(1))",
            "[bấm](<javascript:alert(1)>)",
            "[bấm](vbscript:msgbox(1))",
            "[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[bấm][x]\n\n[x]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![ảnh](javascript:alert(1))",
            "![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![ảnh](data:image/png;base64,iVBORw0KGgo=)",
            "![ảnh\" onerror=\"alert(1)](https://example.org/a.png)",
            "![ảnh](https://example.org/a.png \"t\\\" onerror=\\\"alert(1)\")",
            "[a](https://example.org \"x\\\" onmouseover=\\\"alert(1)\")",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "```html\n<script>alert(1)</script>\n```",
            "`<img src=x onerror=alert(1)>`",
            "<!-- <script>alert(1)</script> -->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |",
            "> <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "- <a href=\"#\" onfocus=\"alert(1)\" autofocus>x</a>",
    })
    void nothingExecutableSurvivesWhateverTheLessonContains(String markdown) {
        String html = render(markdown);

        assertThat(tagsOf(html)).as(html).isSubsetOf("h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote",
                "pre", "code", "ul", "ol", "li", "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td",
                "a", "img");
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "xlink:href");
            if (name.equals("href") || name.equals("src")) {
                assertThat(value).as(html).doesNotContain("javascript", "vbscript", "data:")
                        .matches("(https?://|/|#|[a-z0-9]).*");
            }
        }
    }

    @Test
    void ordinaryMarkdownStillRendersHeadingsListsTablesLinksAndCode() {
        String html = render("""
                # Viết thông cáo báo chí

                ## Mục tiêu

                Một đoạn có **chữ đậm**, *chữ nghiêng* và `mã`.

                - một
                - hai

                1. bước một
                2. bước hai

                | Hình thức | Thời hạn |
                |:---|---:|
                | Trả lời bằng văn bản | 24 giờ |

                > Ghi nhớ: nói điều người dân cần biết trước.

                Xem [Nghị định 09/2017](https://vanban.chinhphu.vn/nghi-dinh-09) và [bài trước](l03-quyen-nha-bao.md).
                """);

        assertThat(html)
                .contains("<h2>Mục tiêu</h2>")
                .contains("<strong>chữ đậm</strong>", "<em>chữ nghiêng</em>", "<code>mã</code>")
                .contains("<ul>", "<li>một</li>", "<ol>", "<li>bước hai</li>")
                .contains("<table>", "<th align=\"left\">Hình thức</th>", "<td align=\"right\">24 giờ</td>")
                .contains("<blockquote>")
                .contains("href=\"https://vanban.chinhphu.vn/nghi-dinh-09\"", "target=\"_blank\"")
                .contains("rel=\"noopener noreferrer\"")
                .contains("<a href=\"l03-quyen-nha-bao\"");
    }

    @Test
    void theLeadingTitleIsLeftToThePageAndNoOtherHeadingCompetesWithIt() {
        String html = render("# Tiêu đề bài\n\n## Mục tiêu\n\n### Chi tiết\n\n# Phụ lục\n");

        assertThat(html).doesNotContain("<h1", "Tiêu đề bài")
                .contains("<h2>Mục tiêu</h2>", "<h3>Chi tiết</h3>", "<h2>Phụ lục</h2>");
    }

    @Test
    void assetsPointAtTheCoursesOwnAssetAddress() {
        String html = render("![Sơ đồ](assets/kim-tu-thap-nguoc.svg)\n\n[Mẫu thông cáo](assets/mau.pdf)");

        assertThat(html).contains("<img src=\"" + ASSETS + "kim-tu-thap-nguoc.svg\" alt=\"Sơ đồ\" loading=\"lazy\" />")
                .contains("href=\"" + ASSETS + "mau.pdf\"");
    }

    @Test
    void imagesComeOnlyFromTheCoursesAssetsOrHttps() {
        assertThat(render("![a](https://example.org/a.png)")).contains("src=\"https://example.org/a.png\"");
        assertThat(render("![a](http://example.org/a.png)")).doesNotContain("src=");
        assertThat(render("![a](/api/courses/khoa-khac/assets/a.png)")).doesNotContain("src=");
        assertThat(render("![a](/api/users)")).doesNotContain("src=");
        assertThat(render("![a](assets/../../course.yaml)")).doesNotContain("src=");
        assertThat(render("![a](//evil.example/a.png)")).doesNotContain("src=");
    }

    @Test
    void rawHtmlIsRemovedNotShownAsText() {
        String html = render("Trước <b>đậm</b> sau\n\n<div class=\"x\">khối</div>\n");

        assertThat(html).doesNotContain("<b>", "&lt;b&gt;", "<div", "&lt;div").contains("Trước đậm sau");
    }

    @Test
    void readingALessonAgainIsACacheHitPerVersionAndLesson() {
        AtomicInteger renders = new AtomicInteger();
        MarkdownRenderer counting = (markdown, prefix) -> {
            renders.incrementAndGet();
            return new CommonmarkRenderer().toHtml(markdown, prefix);
        };
        LessonRenderer cached = new LessonRenderer(counting, new OwaspHtmlSanitiser());
        CourseLesson v1 = lesson(1L, "Phiên bản một");
        CourseLesson v2 = lesson(2L, "Phiên bản hai");

        String first = cached.html(COURSE, v1);
        String again = cached.html(COURSE, v1);
        String otherVersion = cached.html(COURSE, v2);

        assertThat(again).isSameAs(first).contains("Phiên bản một");
        assertThat(otherVersion).contains("Phiên bản hai");
        assertThat(renders).hasValue(2);
    }

    private static CourseLesson lesson(long versionId, String body) {
        return new CourseLesson(null, versionId, "l01", "m1", 1, "Bài", "Lesson", 10, true, body);
    }

    private static java.util.Set<String> tagsOf(String html) {
        java.util.Set<String> tags = new java.util.TreeSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            tags.add(tag.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }
}
