package vn.ttcs.learn.learning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseLesson;

/**
 * The HTML of a lesson: its Markdown rendered, then sanitised. A course version never changes, so the result is kept
 * per (version, lesson) and reading a lesson again costs a cache look-up.
 */
@Singleton
public class LessonRenderer {

    private record Key(long courseVersionId, String lessonKey) {
    }

    private final MarkdownRenderer markdown;
    private final HtmlSanitiser sanitiser;
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(2_000).build();

    LessonRenderer(MarkdownRenderer markdown, HtmlSanitiser sanitiser) {
        this.markdown = markdown;
        this.sanitiser = sanitiser;
    }

    /** Where {@code assets/<file>} of a course is served. */
    public static String assetPrefix(String courseCode) {
        return "/api/courses/" + courseCode + "/assets/";
    }

    public String html(String courseCode, CourseLesson lesson) {
        return rendered.get(new Key(lesson.courseVersionId(), lesson.lessonKey()),
                key -> render(courseCode, lesson.bodyMarkdown()));
    }

    /** Renders and sanitises without the cache. */
    public String render(String courseCode, String markdownText) {
        return renderWithAssetsAt(assetPrefix(courseCode), markdownText);
    }

    /** Renders and sanitises without the cache, with {@code assets/<file>} served under another prefix (a draft's). */
    public String renderWithAssetsAt(String assetPrefix, String markdownText) {
        return sanitiser.sanitise(markdown.toHtml(markdownText, assetPrefix), assetPrefix);
    }
}
