package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of a trainee list; {@code row} is where it stands in the file (the header is row 1). */
@Introspected
record TraineeRow(
        int row,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = Usernames.PATTERN, message = Usernames.RULE) String username,
        @NotBlank @Size(max = 64) String unitCode,
        @Nullable @Size(max = 200) String jobTitle) {

    /** Column names in the file, in the order of the template, and the field each fills. */
    static final String[] COLUMNS = {"full_name", "email", "username", "unit_code", "job_title"};

    static String columnOf(String field) {
        return switch (field) {
            case "fullName" -> "full_name";
            case "unitCode" -> "unit_code";
            case "jobTitle" -> "job_title";
            default -> field;
        };
    }
}
