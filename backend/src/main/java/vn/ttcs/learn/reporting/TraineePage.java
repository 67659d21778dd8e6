package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.organisation.UnitKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The trainees behind one number of a report, a page at a time. What the number is: a unit's row ({@code unit} and
 * {@code status}), a total by kind of unit ({@code kind}, null for all the units, and {@code status}), or a level of
 * a competency standard ({@code standard} and {@code level}, with {@code unit} null for the whole country).
 */
@Serdeable
record TraineePage(@Nullable String unit, @Nullable UnitKind kind, @Nullable String status,
                   @Nullable String standard, @Nullable String level, List<Trainee> items, int page, int size,
                   long total) {

    /**
     * {@code unitCode} is the unit the person is recorded in (a merged unit's code for its people);
     * {@code certificate} is their valid certificate (as filtered) that expires last, or null.
     */
    @Serdeable
    record Trainee(long id, String fullName, String username, @Nullable String jobTitle, String unitCode,
                   long enrolments, @Nullable HeldCertificate certificate) {
    }

    @Serdeable
    record HeldCertificate(String number, String courseCode, LocalDate issuedOn, LocalDate expiresOn,
                           boolean expiresSoon) {
    }
}
