package vn.ttcs.learn.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A text shown to users, in Vietnamese (always) and English (when given). */
@Serdeable
public record LocalizedText(String vi, @Nullable String en) {

    public String in(String language) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : vi;
    }
}
