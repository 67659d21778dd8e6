package vn.ttcs.learn.certification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a holder's certificates a newer one has taken the place of: a correction that supersedes it, or a valid
 * certificate of the same course (a renewal, or one of a later course version) that runs longer. Such a certificate
 * is never shown as expiring soon: its holder has nothing left to renew, and their unit manager nothing to chase.
 */
final class Replacements {

    private final Set<Long> replaced = new HashSet<>();

    /** {@code certificates}: every certificate of the holders in question (of any unit, revoked ones included). */
    Replacements(Collection<Certificate> certificates, Instant now) {
        for (Certificate certificate : certificates) {
            if (certificate.supersedes() != null && certificate.revokedAt() == null) {
                replaced.add(certificate.supersedes());
            }
        }
        var byHolderAndCourse = certificates.stream()
                .collect(Collectors.groupingBy(c -> c.userId() + " " + c.courseCode()));
        for (List<Certificate> sameCourse : byHolderAndCourse.values()) {
            for (Certificate certificate : sameCourse) {
                if (sameCourse.stream().anyMatch(other -> other.statusAt(now) == CertificateStatus.VALID
                        && other.expiresAt().isAfter(certificate.expiresAt()))) {
                    replaced.add(certificate.id());
                }
            }
        }
    }

    /** Valid, within its last 60 days, and not replaced. */
    boolean expiresSoon(Certificate certificate, Instant now) {
        return certificate.expiresSoon(now) && !replaced.contains(certificate.id());
    }
}
