package vn.ttcs.learn.content;

import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a whole content folder and checks it. Every problem in every file is collected, so an author sees the
 * complete list at once; the result is usable only when there are none.
 */
public final class CurriculumReader {

    private CurriculumReader() {
    }

    public static Curriculum read(Path root, ContentProblems problems) {
        SourcePositions positions = new SourcePositions();
        ContentFiles files = new ContentFiles(root, problems);
        Path frameworkFile = root.resolve(FrameworkReader.PATH);
        Framework framework;
        if (!Files.exists(frameworkFile)) {
            problems.add(FrameworkReader.PATH, 1, "the competency framework is missing");
            framework = new Framework(new vn.ttcs.learn.shared.LocalizedText("", null), List.of(), List.of());
        } else {
            framework = files.yaml(frameworkFile).map(node -> FrameworkReader.read(node, positions))
                    .orElse(new Framework(new vn.ttcs.learn.shared.LocalizedText("", null), List.of(), List.of()));
        }
        CourseReader courseReader = new CourseReader(files, problems, positions);
        List<Course> courses = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Set<String>> assets = new LinkedHashMap<>();
        for (Path folder : files.folders(root.resolve("courses"))) {
            courseReader.read(folder).ifPresent(course -> {
                courses.add(course);
                hashes.put(course.code(), fingerprint(folder));
                assets.put(course.code(), assets(folder.resolve("lessons/assets")));
            });
        }
        new CurriculumValidator(problems, positions).check(framework, courses,
                course -> assets.getOrDefault(course.code(), Set.of()));
        return new Curriculum(framework, courses, hashes, positions);
    }

    /**
     * SHA-256 over the path and bytes of every file under {@code folder}, in path order: equal fingerprints, equal
     * files. Cheap next to reading the folder (no parsing), so a start can tell whether the content changed.
     */
    public static String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> assets(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
