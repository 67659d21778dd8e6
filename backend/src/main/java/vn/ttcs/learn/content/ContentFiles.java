package vn.ttcs.learn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** File access for readers: UTF-8 only (a file in another encoding is a problem, not garbled text), sorted listings. */
final class ContentFiles {

    private final Path root;
    private final ContentProblems problems;

    ContentFiles(Path root, ContentProblems problems) {
        this.root = root;
        this.problems = problems;
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    Optional<String> text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(relative(file), 1, "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    Optional<YamlNode> yaml(Path file) {
        return text(file).flatMap(t -> YamlNode.parse(relative(file), t, problems, 0));
    }

    /** Files with the given ending directly in a folder, sorted by name; none if the folder does not exist. */
    List<Path> list(Path folder, String ending) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> folders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
