package vn.ttcs.learn.support;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceRepository;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentRepository;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.shared.TraineeRecordChanged;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hand-built data for the report tests: units by code, enrolments, evidence, and certificates moved in time (the
 * issuer always issues "now"; an expired or old certificate is an issued one whose dates are then rewritten).
 *
 * <p>The report tests count people per unit, and the database suite shares one database across all test classes,
 * so each report test class puts its people only in units that no other test uses (other tests use the first two
 * provinces by code and the first merged unit):
 * <ul>
 *   <li>{@link #EMPTY_UNIT} — nobody is ever put in it: the unit without trainees;</li>
 *   <li>{@link #RATES_UNIT} — CertificationRateTest;</li>
 *   <li>{@link #MERGE_TARGET} and {@link #MERGED_UNIT} (merged into it) — CertificationRateTest;</li>
 *   <li>{@link #SECURITY_UNIT} — ReportSecurityTest;</li>
 *   <li>{@link #EXPORT_UNIT} — ReportExportTest;</li>
 *   <li>{@link #TRENDS_UNIT} — TrendAndCompetencyTest;</li>
 *   <li>{@link #TALLY_UNIT}, {@link #TALLY_MERGED_UNIT} (merged into it) and {@link #TALLY_MOVE_UNIT} —
 *       ReportTalliesTest;</li>
 *   <li>{@link #PROGRESS_UNIT} — UnitProgressTest;</li>
 *   <li>{@link #DRILL_UNIT}, and {@link #DRILL_MERGED_UNIT} (a province merged into the city
 *       {@link #DRILL_MERGE_TARGET}) — DrillDownTest.</li>
 * </ul>
 * Even so the tests assert differences (after minus before), so that running them twice on one database holds.
 *
 * <p>What is written here behind the platform's back is announced as the platform announces its own writes
 * ({@link TraineeRecordChanged}), so that the report tallies follow.
 */
@Singleton
public class ReportFixtures {

    public static final String EMPTY_UNIT = "tinh-dien-bien";
    public static final String RATES_UNIT = "tinh-lang-son";
    public static final String MERGE_TARGET = "tinh-ca-mau";
    public static final String MERGED_UNIT = "tinh-bac-lieu";
    public static final String SECURITY_UNIT = "tinh-cao-bang";
    public static final String EXPORT_UNIT = "tinh-son-la";
    public static final String TRENDS_UNIT = "tinh-ha-tinh";
    public static final String TALLY_UNIT = "tinh-thai-nguyen";
    public static final String TALLY_MERGED_UNIT = "tinh-bac-kan";
    public static final String TALLY_MOVE_UNIT = "tinh-lao-cai";
    public static final String PROGRESS_UNIT = "tinh-quang-tri";
    public static final String DRILL_UNIT = "tinh-nghe-an";
    public static final String DRILL_MERGE_TARGET = "tp-hai-phong";
    public static final String DRILL_MERGED_UNIT = "tinh-hai-duong";

    private final UnitRepository units;
    private final EnrolmentRepository enrolments;
    private final EvidenceRepository evidence;
    private final CertificateFixtures certificates;
    private final DataSource dataSource;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    ReportFixtures(UnitRepository units, EnrolmentRepository enrolments, EvidenceRepository evidence,
                   CertificateFixtures certificates, DataSource dataSource,
                   ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.changes = changes;
        this.units = units;
        this.enrolments = enrolments;
        this.evidence = evidence;
        this.certificates = certificates;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Unit unit(String code) {
        return units.findById(code).orElseThrow(() -> new IllegalStateException("no unit " + code + " in the registry"));
    }

    public int activeUnitCount() {
        return (int) units.findAll().stream().filter(Unit::isActive).count();
    }

    public void enrol(Fixtures.Person trainee, String courseCode) {
        enrolments.save(new Enrolment(null, trainee.id(), courseCode, certificates.currentVersionOf(courseCode), null,
                null, Instant.now(), null, null));
        changes.publishEvent(new TraineeRecordChanged(trainee.id()));
    }

    /** One piece of passed work at {@code level} for {@code standard}, from the press course's final quiz. */
    public void evidence(Fixtures.Person trainee, String standard, String level) {
        evidence(trainee, standard, level, Evidence.SourceKind.QUIZ_ATTEMPT, CertificateFixtures.PRESS_COURSE);
    }

    /**
     * One piece of passed work of a kind, from a course. Quiz and drill evidence made here has no attempt or run
     * behind it, so all of a course's count as one assessment (as repeated attempts at one quiz do); each assignment
     * is its own.
     */
    public void evidence(Fixtures.Person trainee, String standard, String level, Evidence.SourceKind kind,
                         String courseCode) {
        evidence.save(new Evidence(null, trainee.id(), standard, level, kind,
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), certificates.currentVersionOf(courseCode),
                80, Instant.now()));
    }

    /** Rewrites when a certificate was issued and when it expires. */
    public void redate(Certificate certificate, Instant issuedAt, Instant expiresAt) {
        update("UPDATE certificate SET issued_at = ?, expires_at = ? WHERE id = ?", issuedAt, expiresAt,
                certificate.id());
        changes.publishEvent(new TraineeRecordChanged(certificate.userId()));
    }

    /** Revoked at {@code when}, without a reviewer (the API's revocation is tested with the certificates). */
    public void revoke(Certificate certificate, Instant when) {
        update("UPDATE certificate SET revoked_at = ?, revocation_reason = ? WHERE id = ?", when, "test",
                certificate.id());
        changes.publishEvent(new TraineeRecordChanged(certificate.userId()));
    }

    /** As if the course had been assigned with this due date (the API takes only today or later). */
    public void due(long enrolmentId, java.time.LocalDate dueOn) {
        update("UPDATE enrolment SET due_on = ? WHERE id = ?", dueOn, enrolmentId);
    }

    public void disable(Fixtures.Person person) {
        update("UPDATE app_user SET enabled = ? WHERE id = ?", false, person.id());
        changes.publishEvent(new TraineeRecordChanged(person.id()));
    }

    /** As if the account had been created at {@code when}. */
    public void created(Fixtures.Person person, Instant when) {
        update("UPDATE app_user SET created_at = ? WHERE id = ?", when, person.id());
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
            }
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("expected one row changed by " + sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
