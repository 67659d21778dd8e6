package vn.ttcs.learn.catalog;

import jakarta.inject.Singleton;
import vn.ttcs.learn.content.ContentLocation;
import vn.ttcs.learn.shared.FileTypes;

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
 * from a short list, the resolved file must still lie inside that folder, and its content must be what its extension
 * says ({@link FileTypes}). Raster images are shown in the page; everything else, SVG included, is offered as a
 * download.
 */
@Singleton
public class CourseAssets {

    private static final Pattern COURSE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FILE_NAME =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.([A-Za-z0-9]{1,8})");
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What a file may be served as: its type, shown in the page or offered as a download. */
    public record Kind(String mediaType, boolean inline) {
    }

    record Asset(String fileName, byte[] bytes, Kind kind) {
    }

    /** By extension, the type the content must be found to have (FileTypes). */
    private static final Map<String, FileTypes.Type> CHECKED = Map.ofEntries(
            Map.entry("png", FileTypes.Type.PNG),
            Map.entry("jpg", FileTypes.Type.JPEG),
            Map.entry("jpeg", FileTypes.Type.JPEG),
            Map.entry("gif", FileTypes.Type.GIF),
            Map.entry("webp", FileTypes.Type.WEBP),
            Map.entry("pdf", FileTypes.Type.PDF),
            Map.entry("docx", FileTypes.Type.DOCX),
            Map.entry("xlsx", FileTypes.Type.XLSX),
            Map.entry("pptx", FileTypes.Type.PPTX),
            Map.entry("csv", FileTypes.Type.TEXT));

    /** SVG is markup that no content check can make harmless: it is only ever a download (an img tag still shows it). */
    private static final Kind SVG = new Kind("image/svg+xml", false);
    private static final Kind CSV = new Kind("text/csv; charset=utf-8", false);

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
        return extensionOf(fileName).flatMap(extension -> versionFiles
                .findByCourseVersionIdAndPath(course.versionId(), "lessons/assets/" + fileName)
                .flatMap(file -> kindOf(extension, file.content())
                        .map(kind -> new Asset(fileName, file.content(), kind))));
    }

    /** The extension of an acceptable asset name (lower case), if the name is one. */
    public static Optional<String> extensionOf(String fileName) {
        var name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            return Optional.empty();
        }
        String extension = name.group(2).toLowerCase(Locale.ROOT);
        return extension.equals("svg") || CHECKED.containsKey(extension) ? Optional.of(extension) : Optional.empty();
    }

    private Optional<Asset> find(String courseCode, String fileName) {
        var name = FILE_NAME.matcher(fileName);
        if (!COURSE_CODE.matcher(courseCode).matches() || !name.matches()) {
            return Optional.empty();
        }
        String extension = name.group(2).toLowerCase(Locale.ROOT);
        if (!extension.equals("svg") && !CHECKED.containsKey(extension)) {
            return Optional.empty();
        }
        Path folder = content.root().resolve("courses").resolve(courseCode).resolve("lessons").resolve("assets");
        Path file = folder.resolve(fileName).normalize();
        try {
            if (!file.startsWith(folder) || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(folder.toRealPath()) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return kindOf(extension, bytes).map(kind -> new Asset(fileName, bytes, kind));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lesson asset " + file, e);
        }
    }

    /**
     * How a file with this extension and content is served, if at all: its content must be what the extension says
     * (a "photo.png" that holds HTML is not served), and only raster images are shown inline.
     */
    public static Optional<Kind> kindOf(String extension, byte[] content) {
        if (extension.equals("svg")) {
            return Optional.of(SVG);
        }
        FileTypes.Type expected = CHECKED.get(extension);
        return FileTypes.detect(content).filter(found -> found == expected)
                .map(found -> found == FileTypes.Type.TEXT ? CSV : new Kind(found.mediaType, found.isRasterImage()));
    }
}
