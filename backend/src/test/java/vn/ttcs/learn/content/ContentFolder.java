package vn.ttcs.learn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A writable copy of the shipped {@code content/} folder for tests that edit it: each edit names the file relative
 * to the content root, and {@link #lineOf} finds where a piece of text sits, so expected problems name exact lines.
 */
final class ContentFolder {

    /** The repository's content folder, as seen from the backend module where tests run. */
    static final Path SHIPPED = Path.of("..", "content").toAbsolutePath().normalize();

    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    static ContentFolder copyOfShipped(Path target) {
        try (Stream<Path> walk = Files.walk(SHIPPED)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFolder(target);
    }

    Path root() {
        return root;
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}; fails when it is not there, so an edit never silently misses. */
    void replaceFirst(String file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new AssertionError("'" + from + "' is not in " + file);
        }
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** The 1-based line of the {@code occurrence}-th line that contains {@code text}. */
    int lineOf(String file, String text, int occurrence) {
        List<String> lines = read(file).lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' does not occur " + occurrence + " time(s) in " + file);
    }

    int lineOf(String file, String text) {
        return lineOf(file, text, 1);
    }

    int lineCount(String file) {
        return (int) read(file).lines().count();
    }

    void delete(String path) {
        try (Stream<Path> walk = Files.walk(root.resolve(path))) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
