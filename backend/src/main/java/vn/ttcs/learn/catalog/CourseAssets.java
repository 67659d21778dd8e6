package vn.ttcs.learn.catalog;

import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import vn.ttcs.learn.content.ContentLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Images and attachments of lessons, from {@code courses/<code>/lessons/assets/} of the content folder and nowhere
 * else: a file name is one plain name (letters, digits, '.', '_', '-'; no folder, no leading dot) with an extension
 * from a short list, and the resolved file must still lie inside that folder. Images are shown in the page;
 * everything else, SVG included, is offered as a download.
 */
@Singleton
public class CourseAssets {

    private static final Pattern COURSE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FILE_NAME =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.([A-Za-z0-9]{1,8})");
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    public record Kind(MediaType type, boolean inline) {
    }

    record Asset(String fileName, byte[] bytes, Kind kind) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("png", new Kind(MediaType.IMAGE_PNG_TYPE, true)),
            Map.entry("jpg", new Kind(MediaType.IMAGE_JPEG_TYPE, true)),
            Map.entry("jpeg", new Kind(MediaType.IMAGE_JPEG_TYPE, true)),
            Map.entry("gif", new Kind(MediaType.IMAGE_GIF_TYPE, true)),
            Map.entry("webp", new Kind(MediaType.of("image/webp"), true)),
            Map.entry("svg", new Kind(MediaType.of("image/svg+xml"), false)),
            Map.entry("pdf", new Kind(MediaType.of("application/pdf"), false)),
            Map.entry("docx", new Kind(MediaType.of(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), false)),
            Map.entry("xlsx", new Kind(MediaType.of(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), false)),
            Map.entry("pptx", new Kind(MediaType.of(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"), false)),
            Map.entry("csv", new Kind(MediaType.of("text/csv; charset=utf-8"), false)));

    private final ContentLocation content;
    private final CourseVersionFileRepository versionFiles;

    CourseAssets(ContentLocation content, CourseVersionFileRepository versionFiles) {
        this.content = content;
        this.versionFiles = versionFiles;
    }

    /**
     * The asset of a published course, if the name is acceptable and the file exists in its asset folder: the
     * version's own files when it was published in the platform, the content folder's otherwise.
     */
    Optional<Asset> find(PublishedCourse course, String fileName) {
        if (!course.version().isAuthored()) {
            return find(course.code(), fileName);
        }
        return kindOf(fileName).flatMap(kind -> versionFiles
                .findByCourseVersionIdAndPath(course.versionId(), "lessons/assets/" + fileName)
                .map(file -> new Asset(fileName, file.content(), kind)));
    }

    /** The type a file name stands for, if it is an acceptable asset name. */
    public static Optional<Kind> kindOf(String fileName) {
        var name = FILE_NAME.matcher(fileName);
        return name.matches() ? Optional.ofNullable(KINDS.get(name.group(2).toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }

    private Optional<Asset> find(String courseCode, String fileName) {
        var name = FILE_NAME.matcher(fileName);
        if (!COURSE_CODE.matcher(courseCode).matches() || !name.matches()) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(name.group(2).toLowerCase(Locale.ROOT));
        if (kind == null) {
            return Optional.empty();
        }
        Path folder = content.root().resolve("courses").resolve(courseCode).resolve("lessons").resolve("assets");
        Path file = folder.resolve(fileName).normalize();
        try {
            if (!file.startsWith(folder) || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(folder.toRealPath()) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Asset(fileName, Files.readAllBytes(file), kind));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lesson asset " + file, e);
        }
    }
}
