package vn.ttcs.learn.learning;

import jakarta.inject.Singleton;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OWASP Java HTML Sanitizer with an allow-list made for lessons: text structure (headings, paragraphs, lists,
 * tables, code, quotations, emphasis), links to http, https or relative addresses (which always get
 * {@code rel="noopener noreferrer"}), and images only from the course's own assets or from https. Every other
 * element, every event handler, every style, and every other URL scheme ({@code javascript:}, {@code data:}, ...)
 * is removed.
 */
@Singleton
class OwaspHtmlSanitiser implements HtmlSanitiser {

    private static final Pattern ASSET_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+-]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");

    private final Map<String, PolicyFactory> policies = new ConcurrentHashMap<>();

    @Override
    public String sanitise(String html, String ownAssetPrefix) {
        return policies.computeIfAbsent(ownAssetPrefix, OwaspHtmlSanitiser::policy).sanitize(html);
    }

    private static PolicyFactory policy(String ownAssetPrefix) {
        return new HtmlPolicyBuilder()
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                        "ul", "ol", "li", "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td",
                        "a", "img")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                .allowUrlProtocols("http", "https")
                .allowAttributes("href", "title").onElements("a")
                .allowAttributes("target").matching(true, "_blank").onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src").matching(imageSource(ownAssetPrefix)).onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("loading").matching(true, "lazy").onElements("img")
                .toFactory();
    }

    /** The course's own asset files, or an https address; nothing else (no data:, no http:, no other path). */
    private static AttributePolicy imageSource(String ownAssetPrefix) {
        return (element, attribute, value) -> {
            String trimmed = value.strip();
            if (trimmed.startsWith(ownAssetPrefix)
                    && ASSET_FILE.matcher(trimmed.substring(ownAssetPrefix.length())).matches()
                    && !trimmed.contains("..")) {
                return trimmed;
            }
            return trimmed.toLowerCase(Locale.ROOT).startsWith("https://") ? trimmed : null;
        };
    }
}
