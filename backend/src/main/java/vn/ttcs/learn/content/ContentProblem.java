package vn.ttcs.learn.content;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong in a content file, located the way an editor wants it: {@code file:line: message}. */
@Serdeable
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
