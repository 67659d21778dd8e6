package vn.ttcs.learn.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One problem with one input: which field (and, for a file, which row), and what is wrong with it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(@Nullable Integer row, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError atRow(int row, String field, String message) {
        return new FieldError(row, field, message);
    }
}
