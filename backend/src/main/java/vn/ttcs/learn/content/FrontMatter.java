package vn.ttcs.learn.content;

import io.micronaut.core.annotation.Nullable;

/** Splits a Markdown file into its YAML front matter (between two '---' lines at the top) and its body. */
final class FrontMatter {

    /** {@code bodyLine} is the 1-based line of the file where the body starts. */
    record Split(String yaml, String body, int bodyLine) {
    }

    private FrontMatter() {
    }

    @Nullable
    static Split split(String file, String text, ContentProblems problems) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            problems.add(file, 1, "malformed front matter: a lesson must start with a '---' line, then its YAML "
                    + "fields, then another '---' line");
            return null;
        }
        int end = normalised.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == normalised.length() || normalised.charAt(end + 4) == '\n')) {
            end = normalised.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            problems.add(file, 1, "malformed front matter: the closing '---' line is missing");
            return null;
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyStart = Math.min(normalised.length(), end + 5);
        int bodyLine = (int) normalised.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        return new Split(yaml, normalised.substring(bodyStart), bodyLine);
    }
}
