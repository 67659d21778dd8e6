package vn.ttcs.learn.content;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the curriculum comes from: the folder named by {@code ttcs.content.dir} (TTCS_CONTENT_DIR) when set,
 * otherwise the copy of {@code content/} the runnable jar carries, so the platform starts from any folder.
 */
@Singleton
public final class ContentLocation {

    private static final Logger LOG = LoggerFactory.getLogger(ContentLocation.class);
    private static final String MARKER = "content/README.md";

    private final Path root;

    ContentLocation(@Nullable @Value("${ttcs.content.dir:}") String configuredDir) {
        this.root = configuredDir == null || configuredDir.isBlank() ? bundled() : configured(configuredDir);
        LOG.info("Content is read from {}", root.toUri());
    }

    public Path root() {
        return root;
    }

    /** The path of a file relative to the content root, with forward slashes, as authors see it. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path configured(String dir) {
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("TTCS_CONTENT_DIR (ttcs.content.dir) is '" + dir
                    + "', which is not a folder");
        }
        return path;
    }

    private static Path bundled() {
        URL marker = ContentLocation.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("No content folder: the jar carries no " + MARKER
                    + " and TTCS_CONTENT_DIR is not set");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                // A file system of our own, opened on the jar file: one opened by URI is shared with everyone who
                // asks for the same jar, and the static-resource resolver closes it after use, which left lesson
                // files unreadable once the app had served its pages.
                String spec = uri.getRawSchemeSpecificPart();
                Path jarFile = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
                FileSystem jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null);
                return jar.getPath("/content");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the bundled content at " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
