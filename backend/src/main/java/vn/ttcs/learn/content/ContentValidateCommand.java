package vn.ttcs.learn.content;

import vn.ttcs.learn.organisation.UnitRegistryFile;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar ttcs-learn.jar content validate <folder>}: checks a content folder without starting the server.
 * Prints every problem as {@code file:line: message}; exit code 0 when valid, 1 when not, 2 on wrong usage.
 */
public final class ContentValidateCommand {

    private ContentValidateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("content") || !args[1].equals("validate")) {
            err.println("usage: java -jar ttcs-learn.jar content validate <folder>");
            return 2;
        }
        Path root = Path.of(args[2]).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            err.println(args[2] + ": not a folder");
            return 2;
        }
        ContentProblems problems = new ContentProblems();
        Curriculum curriculum = CurriculumReader.read(root, problems);
        Path registry = root.resolve(UnitRegistryFile.PATH);
        if (Files.exists(registry)) {
            try {
                UnitRegistryFile.read(Files.readString(registry, StandardCharsets.UTF_8), problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            problems.add(UnitRegistryFile.PATH, 1, "the organisation registry is missing");
        }
        if (problems.isEmpty()) {
            out.println(root + ": valid (" + curriculum.framework().standards().size() + " competency standards, "
                    + curriculum.courses().size() + " courses, "
                    + curriculum.courses().stream().mapToInt(c -> c.lessons().size()).sum() + " lessons, "
                    + curriculum.courses().stream().mapToInt(c -> c.questions().size()).sum() + " questions)");
            return 0;
        }
        problems.sorted().forEach(err::println);
        err.println(problems.sorted().size() + " problem(s) in " + root);
        return 1;
    }
}
