package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The trainees behind one number of a unit's row, a page at a time. */
@Serdeable
record TraineePage(String unit, String status, List<Trainee> items, int page, int size, long total) {

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
