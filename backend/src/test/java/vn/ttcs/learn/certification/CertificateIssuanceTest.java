package vn.ttcs.learn.certification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ttcs.learn.support.CertificateFixtures.PRESS_COMPETENCIES;
import static vn.ttcs.learn.support.CertificateFixtures.PRESS_COURSE;

@MicronautTest(transactional = false)
class CertificateIssuanceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateRepository repository;

    @Inject
    AppUserRepository users;

    @Inject
    AuditEventRepository audit;

    @Test
    void aCertificateRecordsTheHolderUnitCourseAndCompetenciesAsAtIssue() {
        var lan = fixtures.trainee(fixtures.provinceA());
        Certificate certificate = certificates.pressCertificate(lan);

        assertThat(certificate.userId()).isEqualTo(lan.id());
        assertThat(certificate.holderName()).startsWith("Nguyễn Thị Ánh");
        assertThat(certificate.unitCode()).isEqualTo(lan.unitCode());
        assertThat(certificate.unitNameVi()).isEqualTo(fixtures.provinceA().nameVi());
        assertThat(certificate.courseCode()).isEqualTo(PRESS_COURSE);
        assertThat(certificate.courseVersionId()).isEqualTo(certificates.currentVersionOf(PRESS_COURSE));
        assertThat(certificate.courseTitleVi()).isEqualTo("Quan hệ báo chí và công tác phát ngôn");
        assertThat(issuer.competenciesOf(certificate)).extracting(CertifiedCompetency::code)
                .containsExactly("PRESS", "LEGAL", "MESSAGE");
        assertThat(certificate.number()).isEqualTo("TTCS-%d-%06d".formatted(
                certificate.issuedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), certificate.id()));
        assertThat(certificate.verificationCode()).matches("[A-Za-z0-9_-]{32}");
        assertThat(certificate.statusAt(certificate.issuedAt())).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void itExpiresAfterTheValidityOfTheCourseRule() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        ZonedDateTime issued = certificate.issuedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(certificate.expiresAt()).isEqualTo(issued.plusMonths(24).toInstant());
    }

    @Test
    void issuingIsRecordedInTheAuditLog() {
        Certificate certificate = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        assertThat(audit.findByTargetOrderByIdDesc("certificate:" + certificate.number()))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("CERTIFICATE_ISSUED");
                    assertThat(e.detail()).contains("user-id:" + certificate.userId()).contains(PRESS_COURSE);
                });
    }

    @Test
    void aSecondCallForTheSameTraineeAndCourseVersionReturnsTheSameCertificate() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        Certificate first = certificates.pressCertificate(trainee);
        Certificate again = certificates.pressCertificate(trainee);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(repository.getByUserIdOrderByIssuedAtDesc(trainee.id())).hasSize(1);
    }

    @Test
    void concurrentCallsIssueExactlyOneCertificate() throws Exception {
        var trainee = fixtures.trainee(fixtures.provinceA());
        long version = certificates.currentVersionOf(PRESS_COURSE);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Certificate>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return issuer.issue(trainee.id(), version, PRESS_COMPETENCIES, null);
            }));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        for (Future<Certificate> call : calls) {
            ids.add(call.get(60, TimeUnit.SECONDS).id());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(repository.getByUserIdOrderByIssuedAtDesc(trainee.id())).hasSize(1);
        String number = repository.getByUserIdOrderByIssuedAtDesc(trainee.id()).get(0).number();
        assertThat(audit.findByTargetOrderByIdDesc("certificate:" + number)).hasSize(1);
    }

    @Test
    void aRenewalIsANewCertificateLinkedToTheOldOneAndIsIssuedOnce() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        Certificate original = certificates.pressCertificate(trainee);
        long version = certificates.currentVersionOf(PRESS_COURSE);

        Certificate renewal = issuer.issue(trainee.id(), version, PRESS_COMPETENCIES, original.id());
        Certificate again = issuer.issue(trainee.id(), version, PRESS_COMPETENCIES, original.id());

        assertThat(renewal.id()).isNotEqualTo(original.id()).isEqualTo(again.id());
        assertThat(renewal.renewalOf()).isEqualTo(original.id());
        assertThat(renewal.expiresAt()).isAfterOrEqualTo(original.expiresAt())
                .isEqualTo(ZonedDateTime.ofInstant(renewal.issuedAt(), ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(24)
                        .toInstant());
        assertThat(repository.getByUserIdOrderByIssuedAtDesc(trainee.id())).hasSize(2);
    }

    @Test
    void aCertificateOfSomeoneElseCannotBeRenewed() {
        Certificate someoneElses = certificates.pressCertificate(fixtures.trainee(fixtures.provinceA()));
        var trainee = fixtures.trainee(fixtures.provinceA());
        assertThatThrownBy(() -> issuer.issue(trainee.id(), certificates.currentVersionOf(PRESS_COURSE),
                PRESS_COMPETENCIES, someoneElses.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be renewed");
    }

    @Test
    void aCorrectionSupersedesTheOldCertificateWhichStaysAsItWas() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        Certificate original = certificates.pressCertificate(trainee);
        byte[] originalPdf = repository.findById(original.id()).orElseThrow().pdf();
        var user = users.findById(trainee.id()).orElseThrow();
        users.update(new vn.ttcs.learn.identity.AppUser(user.id(), user.username(), "Trần Văn Đức", user.email(),
                user.jobTitle(), user.unitCode(), user.passwordHash(), user.enabled(), user.mustChangePassword(),
                user.createdAt(), user.updatedAt(), user.version()));

        Certificate corrected = issuer.correct(original.id());

        assertThat(corrected.supersedes()).isEqualTo(original.id());
        assertThat(corrected.holderName()).isEqualTo("Trần Văn Đức");
        assertThat(corrected.expiresAt()).isEqualTo(original.expiresAt());
        assertThat(issuer.correct(original.id()).id()).isEqualTo(corrected.id());
        assertThat(repository.getById(original.id()).orElseThrow().holderName()).startsWith("Nguyễn Thị Ánh");
        assertThat(repository.findById(original.id()).orElseThrow().pdf()).isEqualTo(originalPdf);
    }

    @Test
    void anUnknownCompetencyOrCourseVersionIsRefused() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        long version = certificates.currentVersionOf(PRESS_COURSE);
        assertThatThrownBy(() -> issuer.issue(trainee.id(), version,
                List.of(new AttainedCompetency("NO-SUCH", vn.ttcs.learn.content.model.Level.FOUNDATION)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> issuer.issue(trainee.id(), Long.MAX_VALUE, PRESS_COMPETENCIES, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
