package vn.ttcs.learn.identity;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class FirstAdministratorTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    AppUserRepository users;

    @Inject
    UserRoleRepository roles;

    @Inject
    UnitRepository units;

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void theFirstStartCreatesAnAdministratorWithTheConfiguredPassword() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        assertThat(roles.findByUserId(admin.id())).extracting(UserRole::role).contains(Role.ADMIN);
        assertThat(admin.unitCode()).isEqualTo(units.findBySupervisingTrue().orElseThrow().code());
        assertThat(fixtures.login(client.toBlocking(), "admin", "test-admin-password")).isNotBlank();
    }

    @Test
    void laterStartsLeaveTheAdministratorAlone() {
        AppUser before = users.findByUsername("admin").orElseThrow();
        firstAdministrator.ensure();
        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(before.passwordHash());
    }
}
