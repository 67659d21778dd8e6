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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Framework framework = framework(root, files, positions, problems);
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
        Set<String> codes = courses.stream().map(Course::code).collect(Collectors.toSet());
        new CurriculumValidator(problems, positions).check(framework, courses, codes,
                course -> assets.getOrDefault(course.code(), Set.of()));
        return new Curriculum(framework, courses, hashes, positions);
    }

    /** The competency framework of a content folder, read and checked on its own. */
    public static Framework framework(Path root, ContentProblems problems) {
        return framework(root, new ContentFiles(root, problems), new SourcePositions(), problems);
    }

    /**
     * Reads and checks one course folder on its own, by the same rules as a whole content folder, as the authoring
     * workflow does for a draft. Problems name files relative to the course folder ({@code lessons/l01.md}).
     *
     * @param otherCourses codes of the courses its prerequisites may name
     */
    public static Optional<Course> readCourse(Path folder, Framework framework, Set<String> otherCourses,
                                              ContentProblems problems) {
        SourcePositions positions = new SourcePositions();
        CourseReader reader = new CourseReader(new ContentFiles(folder, problems), problems, positions);
        Optional<Course> course = reader.read(folder);
        course.ifPresent(c -> {
            Set<String> codes = new HashSet<>(otherCourses);
            codes.add(c.code());
            new CurriculumValidator(problems, positions).check(framework, List.of(c), codes,
                    any -> assets(folder.resolve("lessons/assets")));
        });
        return course;
    }

    private static Framework framework(Path root, ContentFiles files, SourcePositions positions,
                                       ContentProblems problems) {
        Path frameworkFile = root.resolve(FrameworkReader.PATH);
        Framework none = new Framework(new vn.ttcs.learn.shared.LocalizedText("", null), List.of(), List.of());
        if (!Files.exists(frameworkFile)) {
            problems.add(FrameworkReader.PATH, 1, "the competency framework is missing");
            return none;
        }
        return files.yaml(frameworkFile).map(node -> FrameworkReader.read(node, positions)).orElse(none);
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
