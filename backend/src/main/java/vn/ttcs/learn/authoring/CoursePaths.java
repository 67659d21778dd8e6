package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.catalog.CourseAssets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files a course folder may hold, as content/README.md describes them, and the limits on them. Anything else —
 * another folder, a path that climbs out, an asset that is not what its name says — is refused, so a draft is always
 * a course folder that could be copied into content/courses/ as it is.
 */
final class CoursePaths {

    static final int MAX_TEXT_BYTES = 1024 * 1024;
    static final int MAX_ASSET_BYTES = 5 * 1024 * 1024;
    static final String ASSETS = "lessons/assets/";
    static final String COURSE_FILE = "course.yaml";

    private static final Pattern TEXT_FILE = Pattern.compile(
            "course\\.yaml|questions\\.yaml|lessons/[a-z0-9]+(-[a-z0-9]+)*\\.md"
                    + "|(quizzes|drills|assignments)/[a-z0-9]+(-[a-z0-9]+)*\\.yaml");
    static final String ACCEPTED_ASSETS = "PNG, JPEG, GIF, WebP or SVG images, PDF, DOCX, XLSX or PPTX documents, "
            + "or CSV tables";
    static final String TEXT_FILES = "course.yaml, questions.yaml, lessons/<id>.md, quizzes/<id>.yaml, "
            + "drills/<id>.yaml, assignments/<id>.yaml or lessons/assets/<file>";

    private CoursePaths() {
    }

    static boolean isText(String path) {
        return TEXT_FILE.matcher(path).matches();
    }

    static boolean isAsset(String path) {
        return path.startsWith(ASSETS) && CourseAssets.extensionOf(path.substring(ASSETS.length())).isPresent();
    }

    /** Why a file cannot be part of a course folder; empty when it can. */
    static Optional<String> problem(String path, byte[] content) {
        if (isText(path)) {
            return content.length > MAX_TEXT_BYTES
                    ? Optional.of("the file is larger than " + MAX_TEXT_BYTES / 1024 + " KB") : Optional.empty();
        }
        if (!isAsset(path)) {
            return Optional.of("'" + path + "' is not a file of a course folder: use " + TEXT_FILES
                    + " (ids in lower-case words joined by '-')");
        }
        return assetProblem(path.substring(ASSETS.length()), content);
    }

    /** Why an image or attachment is refused, judged by its content; empty when it is accepted. */
    static Optional<String> assetProblem(String name, byte[] content) {
        if (content.length == 0) {
            return Optional.of("the file is empty");
        }
        if (content.length > MAX_ASSET_BYTES) {
            return Optional.of("the file is larger than " + MAX_ASSET_BYTES / (1024 * 1024) + " MB");
        }
        String extension = CourseAssets.extensionOf(name).orElse("");
        boolean accepted = extension.equals("svg") ? isSvg(content)
                : CourseAssets.kindOf(extension, content).isPresent();
        if (!accepted) {
            return Optional.of("'" + name + "' is not accepted: lessons may show or offer " + ACCEPTED_ASSETS
                    + ", judged by the file's content and named by its type");
        }
        return Optional.empty();
    }

    /**
     * An SVG drawing: UTF-8 XML with an svg element. Lessons show it through an img element, where its scripts do not
     * run, and the platform serves it on its own only as a download.
     */
    private static boolean isSvg(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).stripLeading();
        return (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--"))
                && head.contains("<svg");
    }

    /** A file name from an upload, without any folder; null when nothing usable is left. */
    @Nullable
    static String assetName(@Nullable String uploaded) {
        if (uploaded == null) {
            return null;
        }
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return CourseAssets.extensionOf(name).isPresent() ? name : null;
    }
}
