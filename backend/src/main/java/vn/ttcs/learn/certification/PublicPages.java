package vn.ttcs.learn.certification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The shell of the small public server-rendered pages that certificates point to (/verify/{code} and
 * /competencies/{code}): one look (resources/static/verification.css), no script or inline style, Vietnamese first
 * with English, every value from content or the database escaped.
 */
final class PublicPages {

    /** Served from classpath:static (application.yml, micronaut.router.static-resources.server-pages). */
    static final String STYLESHEET = "/static/verification.css";

    private PublicPages() {
    }

    /** A whole page; {@code headingVi}/{@code headingEn} are fixed texts, {@code title} and {@code platform} are escaped. */
    static String document(String platform, String headingVi, String headingEn, String title, String content) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">"
                + "<title>" + headingVi + " · " + headingEn + " – " + escape(title) + "</title>"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body><main>"
                + "<p class=\"platform\">" + escape(platform) + "</p>"
                + "<h1>" + headingVi + " <span lang=\"en\">· " + headingEn + "</span></h1>"
                + content + "</main></body></html>\n";
    }

    static MutableHttpResponse<String> html(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).body(body).contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-store");
    }

    /** One label (fixed Vietnamese and English texts) and its value, already HTML. */
    static void row(StringBuilder rows, String vi, String en, String valueHtml) {
        rows.append("<dt>").append(vi).append(" <span lang=\"en\">· ").append(en).append("</span></dt><dd>")
                .append(valueHtml).append("</dd>");
    }

    /** Vietnamese, then English on its own line marked as English; both escaped. */
    static String bilingual(String vi, String en) {
        return escape(vi) + "<br><span lang=\"en\">" + escape(en) + "</span>";
    }

    /** Vietnamese, then " · English" on the same line marked as English; both escaped. */
    static String sideBySide(String vi, String en) {
        return escape(vi) + " <span lang=\"en\">· " + escape(en) + "</span>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
