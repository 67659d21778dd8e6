package vn.ttcs.learn.certification;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.shared.TraineeRecordChanged;

import java.time.Instant;

/**
 * The two writes certificates ever see, each in one transaction with its audit event and the reports' tallies
 * ({@link TraineeRecordChanged}): issue and revocation.
 */
@Singleton
class CertificateLedger {

    static final String ISSUED = "CERTIFICATE_ISSUED";
    static final String REVOKED = "CERTIFICATE_REVOKED";

    private final CertificateRepository certificates;
    private final AuditLog audit;
    private final ApplicationEventPublisher<TraineeRecordChanged> changes;

    CertificateLedger(CertificateRepository certificates, AuditLog audit,
                      ApplicationEventPublisher<TraineeRecordChanged> changes) {
        this.certificates = certificates;
        this.audit = audit;
        this.changes = changes;
    }

    /** Fails with a constraint violation if a certificate with the same issue key (or number) is already stored. */
    @Transactional
    void record(CertificateRow row, String detail) {
        certificates.save(row);
        audit.record((Long) null, null, null, ISSUED, target(row.number()), detail);
        changes.publishEvent(new TraineeRecordChanged(row.userId()));
    }

    /** False when the certificate was revoked already (perhaps a moment ago, by someone else). */
    @Transactional
    boolean revoke(Certificate certificate, String reason, Authentication who, @Nullable HttpRequest<?> request) {
        long changed = certificates.revoke(certificate.id(), Instant.now(), CurrentUser.of(who).id(), reason);
        if (changed == 0) {
            return false;
        }
        audit.record(who, request, REVOKED, target(certificate.number()), reason);
        changes.publishEvent(new TraineeRecordChanged(certificate.userId()));
        return true;
    }

    static String target(String number) {
        return "certificate:" + number;
    }
}
