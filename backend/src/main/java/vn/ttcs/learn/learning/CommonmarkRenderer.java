package vn.ttcs.learn.learning;

import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark with GitHub tables, shaped for the lesson reader:
 * <ul>
 *   <li>raw HTML is dropped (content/README.md: lessons are Markdown only);</li>
 *   <li>a leading {@code # heading} is dropped, since the reader shows the lesson's title as the page's only
 *       {@code h1}; any other {@code # heading} becomes an {@code h2}, and {@code ##} sections stay {@code h2}, so the
 *       page's outline skips no level;</li>
 *   <li>a link to another lesson ({@code l03-x.md}) becomes a link relative to the reader's address, so it opens that
 *       lesson of the same enrolment; {@code assets/<file>} becomes the course's asset URL;</li>
 *   <li>links to other sites open in a new tab.</li>
 * </ul>
 */
@Singleton
class CommonmarkRenderer implements MarkdownRenderer {

    private static final Pattern LESSON_LINK = Pattern.compile("^(?:\\./)?([a-z0-9][a-z0-9-]*)\\.md(#[A-Za-z0-9_-]*)?$");
    private static final Pattern ASSET_LINK = Pattern.compile("^(?:\\./)?assets/([A-Za-z0-9][A-Za-z0-9._-]*)$");

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new ReaderAttributes())
            .build();

    @Override
    public String toHtml(String markdown, String assetPrefix) {
        Node document = parser.parse(markdown);
        new ReaderShape(assetPrefix).apply(document);
        return renderer.render(document);
    }

    /** Rewrites the parsed lesson for the reader (see the class comment). */
    private static final class ReaderShape extends AbstractVisitor {

        private final String assetPrefix;
        private final List<Node> rawHtml = new ArrayList<>();

        ReaderShape(String assetPrefix) {
            this.assetPrefix = assetPrefix;
        }

        void apply(Node document) {
            if (document.getFirstChild() instanceof Heading first && first.getLevel() == 1) {
                first.unlink();
            }
            document.accept(this);
            rawHtml.forEach(Node::unlink);
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.max(heading.getLevel(), 2));
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml.add(html);
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml.add(html);
        }

        @Override
        public void visit(Link link) {
            link.setDestination(rewrite(link.getDestination(), true));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(rewrite(image.getDestination(), false));
            visitChildren(image);
        }

        private String rewrite(String destination, boolean mayBeLesson) {
            Matcher lesson = LESSON_LINK.matcher(destination);
            if (mayBeLesson && lesson.matches()) {
                return lesson.group(1) + (lesson.group(2) == null ? "" : lesson.group(2));
            }
            Matcher asset = ASSET_LINK.matcher(destination);
            if (asset.matches() && !asset.group(1).contains("..")) {
                return assetPrefix + asset.group(1);
            }
            return destination;
        }
    }

    /**
     * Links to other sites open in a new tab; a link whose address was refused (commonmark empties a
     * {@code javascript:} address) is left without one; images load when they come into view.
     */
    private static final class ReaderAttributes implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                String href = attributes.getOrDefault("href", "").toLowerCase(Locale.ROOT);
                if (href.isBlank()) {
                    attributes.remove("href");
                } else if (href.startsWith("https://") || href.startsWith("http://")) {
                    attributes.put("target", "_blank");
                }
            } else if (node instanceof Image) {
                attributes.put("loading", "lazy");
            }
        }
    }
}
