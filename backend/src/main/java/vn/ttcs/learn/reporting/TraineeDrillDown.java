package vn.ttcs.learn.reporting;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ttcs.learn.certification.Certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainees behind a number of a report, selected by the same definitions the number was counted with: those of
 * a unit, a kind of unit or all the units with a status (registered, enrolled, certified, expiring), or those at a
 * level of a competency standard. Each is listed with their enrolments and the valid certificate that expires last.
 */
@Singleton
class TraineeDrillDown {

    /** An export reads the trainees this many at a time. */
    static final int EXPORT_BATCH = 1_000;

    /** Which number: the trainees with a status, counted with the report's filters, or at a level of a standard. */
    sealed interface Listing permits WithStatus, AtLevel {
    }

    record WithStatus(TraineeStatus status, ReportFilter filter) implements Listing {
    }

    record AtLevel(String standard, LevelHeld level) implements Listing {
    }

    /** One page of the list, and how many trainees the whole list holds. */
    record Slice(List<TraineePage.Trainee> items, long total) {
    }

    private final ReportQueries queries;
    private final ReportClock clock;

    TraineeDrillDown(ReportQueries queries, ReportClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** @param scope not empty */
    @ReadOnly
    Slice page(ReportScope scope, Listing listing, int page, int size) {
        Instant now = clock.now();
        ReportQueries.Selection selection = selection(scope, listing, now);
        return new Slice(load(selection, listing, now, page * size, size), queries.countTrainees(selection));
    }

    /** Every trainee of the list, for an export. */
    @ReadOnly
    List<TraineePage.Trainee> all(ReportScope scope, Listing listing) {
        Instant now = clock.now();
        ReportQueries.Selection selection = selection(scope, listing, now);
        List<TraineePage.Trainee> all = new ArrayList<>();
        List<TraineePage.Trainee> batch;
        do {
            batch = load(selection, listing, now, all.size(), EXPORT_BATCH);
            all.addAll(batch);
        } while (batch.size() == EXPORT_BATCH);
        return all;
    }

    private ReportQueries.Selection selection(ReportScope scope, Listing listing, Instant now) {
        if (listing instanceof WithStatus s) {
            return queries.withStatus(s.status(), s.filter(), now, now.plus(Certificate.EXPIRY_WARNING),
                    scope.unitCodes());
        }
        AtLevel l = (AtLevel) listing;
        return queries.atLevel(l.standard(), l.level().rank, scope.unitCodes());
    }

    private List<TraineePage.Trainee> load(ReportQueries.Selection selection, Listing listing, Instant now,
                                           int offset, int limit) {
        Instant expiringBy = now.plus(Certificate.EXPIRY_WARNING);
        ReportFilter filter = listing instanceof WithStatus s ? s.filter() : ReportFilter.NONE;
        List<ReportQueries.TraineeRecord> trainees = queries.trainees(selection, offset, limit);
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
