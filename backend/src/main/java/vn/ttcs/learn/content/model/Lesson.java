package vn.ttcs.learn.content.model;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** A lesson: its front matter and its Markdown body (bodyLine is the file line where the body starts). */
@Serdeable
public record Lesson(String id, LocalizedText title, int durationMinutes, List<String> competencies, boolean required,
                     String markdown, String file, int bodyLine) {
}
