package vn.ttcs.learn.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The fingerprint of the content folder as last imported (one row, {@link #CONTENT}). */
@MappedEntity("content_import")
public record ContentImport(@Id String name, String fingerprint, @Nullable Instant importedAt) {

    public static final String CONTENT = "content";

    public ContentImport imported(String newFingerprint, Instant at) {
        return new ContentImport(name, newFingerprint, at);
    }
}
