package vn.ttcs.learn.certification;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainees and their unit managers are shown the certificates that expire within 60 days — and no longer once a
 * renewal or a correction has taken their place.
 */
@MicronautTest(transactional = false)
class ExpiringCertificatesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    @Inject
    ReportFixtures dates;

    @Inject
    CertificateIssuer issuer;

    @Test
    void aCertificateInItsLast60DaysIsShownAsExpiringSoonToItsHolderAndTheirUnitManager() {
        Unit unit = fixtures.provinceA();
        Person holder = fixtures.trainee(unit);
        Certificate expiring = expiringIn(certificates.pressCertificate(holder), Duration.ofDays(30));

        assertThat(mine(holder)).singleElement().satisfies(c -> assertThat(c).containsEntry("expiresSoon", true)
                .containsEntry("status", "VALID"));
        assertThat(numbersExpiringSoon(unit)).contains(expiring.number());
    }

    @Test
    void aCertificateWithMoreThan60DaysLeftIsNotExpiringSoon() {
        Unit unit = fixtures.provinceA();
        Person holder = fixtures.trainee(unit);
        Certificate later = expiringIn(certificates.pressCertificate(holder), Duration.ofDays(61));

        assertThat(mine(holder)).singleElement().satisfies(c -> assertThat(c).containsEntry("expiresSoon", false));
        assertThat(numbersExpiringSoon(unit)).doesNotContain(later.number());
    }

    @Test
    void onceRenewedTheOldCertificateIsNoLongerExpiringSoonAndTheRenewalIsNotEither() {
        Unit unit = fixtures.provinceA();
        Person holder = fixtures.trainee(unit);
        Certificate old = expiringIn(certificates.pressCertificate(holder), Duration.ofDays(20));

        Certificate renewal = issuer.issue(holder.id(), old.courseVersionId(), CertificateFixtures.PRESS_COMPETENCIES,
                old.id());

        assertThat(mine(holder)).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("expiresSoon", false)
                .containsEntry("status", "VALID"));
        assertThat(numbersExpiringSoon(unit)).doesNotContain(old.number(), renewal.number());
    }

    @Test
    void aCorrectionTakesOverTheWarningFromTheCertificateItSupersedes() {
        Unit unit = fixtures.provinceA();
        Person holder = fixtures.trainee(unit);
        Certificate old = expiringIn(certificates.pressCertificate(holder), Duration.ofDays(20));

        Certificate corrected = issuer.correct(old.id());

        assertThat(mine(holder)).extracting(c -> c.get("number") + " " + c.get("expiresSoon"))
                .containsExactlyInAnyOrder(old.number() + " false", corrected.number() + " true");
        assertThat(numbersExpiringSoon(unit)).contains(corrected.number()).doesNotContain(old.number());
    }

    /** Issued a while ago, so that it now has only {@code left} to run. */
    private Certificate expiringIn(Certificate certificate, Duration left) {
        Instant expiresAt = Instant.now().plus(left);
        dates.redate(certificate, expiresAt.minus(Duration.ofDays(730)), expiresAt);
        return certificate;
    }

    private List<Map<String, Object>> mine(Person holder) {
        String token = fixtures.login(http.toBlocking(), holder);
        return http.toBlocking().retrieve(HttpRequest.GET("/api/me/certificates").bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private List<Object> numbersExpiringSoon(Unit unit) {
        String manager = fixtures.login(http.toBlocking(), fixtures.unitManager(unit));
        List<Map<String, Object>> listed = http.toBlocking().retrieve(HttpRequest.GET("/api/units/" + unit.code()
                + "/certificates?expiringSoon=true").bearerAuth(manager),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(listed).allSatisfy(c -> assertThat(c).containsEntry("expiresSoon", true));
        return listed.stream().map(c -> c.get("number")).toList();
    }
}
