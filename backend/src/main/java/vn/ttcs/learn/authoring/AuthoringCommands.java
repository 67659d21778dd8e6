package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What the authoring API accepts. Every change names the draft version it was made on. */
final class AuthoringCommands {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";

    private AuthoringCommands() {
    }

    @Serdeable
    record CourseCreateCommand(@NotBlank @Size(max = 64) @Pattern(regexp = CODE,
                                       message = "must be lower-case ASCII words joined by '-'") String code,
                               @NotBlank @Size(max = 200) String titleVi,
                               @NotBlank @Size(max = 200) String titleEn) {
    }

    @Serdeable
    record FileSaveCommand(@NotBlank @Size(max = 200) String path, @NotNull String content, @NotNull Long version) {
    }

    @Serdeable
    record VersionCommand(@NotNull Long version, @Nullable @Size(max = 1000) String comment) {
    }

    @Serdeable
    record OutlineCommand(@NotNull Long version, @NotEmpty List<OutlineEdit.ModuleOrder> modules) {
    }

    @Serdeable
    record PreviewCommand(@NotNull @Size(max = CoursePaths.MAX_TEXT_BYTES) String markdown) {
    }
}
