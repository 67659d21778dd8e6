package vn.ttcs.learn.reporting;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.certification.Certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The trainees of a unit behind a number of its row: registered, enrolled, certified or expiring. */
@Singleton
class TraineeDrillDown {

    /** An export reads the trainees this many at a time. */
    static final int EXPORT_BATCH = 1_000;

    private final ReportQueries queries;
    private final ReportClock clock;

    TraineeDrillDown(ReportQueries queries, ReportClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @ReadOnly
    TraineePage page(ReportingUnit unit, TraineeStatus status, ReportFilter filter, int page, int size) {
        Instant now = clock.now();
        Instant expiringBy = now.plus(Certificate.EXPIRY_WARNING);
        long total = queries.countTrainees(status, filter, now, expiringBy, unit.codes());
        List<TraineePage.Trainee> items = load(unit, status, filter, now, page * size, size);
        return new TraineePage(unit.code(), status.name().toLowerCase(Locale.ROOT), items, page, size, total);
    }

    /** Every trainee with the status, for an export. */
    @ReadOnly
    List<TraineePage.Trainee> all(ReportingUnit unit, TraineeStatus status, ReportFilter filter) {
        Instant now = clock.now();
        List<TraineePage.Trainee> all = new ArrayList<>();
        List<TraineePage.Trainee> batch;
        do {
            batch = load(unit, status, filter, now, all.size(), EXPORT_BATCH);
            all.addAll(batch);
        } while (batch.size() == EXPORT_BATCH);
        return all;
    }

    private List<TraineePage.Trainee> load(ReportingUnit unit, TraineeStatus status, ReportFilter filter, Instant now,
                                           int offset, int limit) {
        Instant expiringBy = now.plus(Certificate.EXPIRY_WARNING);
        List<ReportQueries.TraineeRecord> trainees = queries.trainees(status, filter, now, expiringBy, unit.codes(),
                offset, limit);
        Map<Long, ReportQueries.CertificateRecord> lastToExpire = new HashMap<>();
        for (ReportQueries.CertificateRecord c : queries.validCertificatesOf(
                trainees.stream().map(ReportQueries.TraineeRecord::id).toList(), filter, now)) {
            lastToExpire.putIfAbsent(c.userId(), c);
        }
        return trainees.stream().map(t -> {
            ReportQueries.CertificateRecord c = lastToExpire.get(t.id());
            TraineePage.HeldCertificate held = c == null ? null : new TraineePage.HeldCertificate(c.number(),
                    c.courseCode(), clock.date(c.issuedAt()), clock.date(c.expiresAt()),
                    !c.expiresAt().isAfter(expiringBy));
            return new TraineePage.Trainee(t.id(), t.fullName(), t.username(), t.jobTitle(), t.unitCode(),
                    t.enrolments(), held);
        }).toList();
    }
}
