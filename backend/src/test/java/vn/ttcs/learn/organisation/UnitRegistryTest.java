package vn.ttcs.learn.organisation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;

@MicronautTest(transactional = false)
class UnitRegistryTest {

    private static final io.micronaut.core.type.Argument<List<Map<String, Object>>> UNITS =
            io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    UnitRepository units;

    @Inject
    UnitRegistryImport registryImport;

    @Test
    void theRegistryHoldsTodaysThirtyFourProvincialLevelUnitsAndTheMergedOnes() {
        List<Unit> all = units.listOrderByKindAscAndCodeAsc();
        long provincialLevel = all.stream().filter(Unit::isActive)
                .filter(u -> u.kind() == UnitKind.PROVINCE || u.kind() == UnitKind.CITY).count();
        assertThat(provincialLevel).isEqualTo(34);
        assertThat(all).filteredOn(u -> !u.isActive()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.mergedInto()).isNotBlank());
        assertThat(all).filteredOn(Unit::supervising).hasSize(1);
    }

    @Test
    void importingAnUnchangedRegistryWritesNothing() {
        UnitRegistryImport.Outcome again = registryImport.run();
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(units.count());
    }

    @Test
    void anAdministratorsTargetSurvivesARestartUntilTheFileChangesIt() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        Unit unit = fixtures.provinceB();
        client.toBlocking().exchange(HttpRequest.PUT("/api/units/" + unit.code() + "/target", json("target", 77))
                .bearerAuth(admin), Map.class);
        registryImport.run();
        assertThat(units.findById(unit.code()).orElseThrow().target()).isEqualTo(77);
    }

    @Test
    void anyoneSignedInCanSearchUnitsWithOrWithoutDiacritics() {
        String trainee = fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()));
        List<Map<String, Object>> withMarks = client.toBlocking().retrieve(
                HttpRequest.GET("/api/units?q=H%C3%A0%20N%E1%BB%99i").bearerAuth(trainee), UNITS);
        List<Map<String, Object>> withoutMarks = client.toBlocking().retrieve(
                HttpRequest.GET("/api/units?q=ha%20noi").bearerAuth(trainee), UNITS);
        assertThat(withMarks).isNotEmpty().isEqualTo(withoutMarks);
        assertThat(withMarks).allSatisfy(u -> assertThat(((Map<String, String>) u.get("name")).get("vi"))
                .containsIgnoringCase("Hà Nội"));
    }
}
