package vn.ttcs.learn.learning;

/**
 * Turns the Markdown of a lesson into HTML. The HTML is not trusted: {@link LessonRenderer} always passes it through
 * an {@link HtmlSanitiser} before it reaches a page.
 */
public interface MarkdownRenderer {

    /**
     * @param assetPrefix the URL that {@code assets/<file>} links and images of this course resolve to
     */
    String toHtml(String markdown, String assetPrefix);
}
