package vn.ttcs.learn.organisation;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.ContentProblems;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems in the registry file are reported as file:line: message, all of them at once. */
class UnitRegistryFileTest {

    @Test
    void aValidRegistryReadsWithoutProblems() {
        var problems = new ContentProblems();
        List<Unit> units = UnitRegistryFile.read("""
                units:
                  - code: tinh-a
                    kind: PROVINCE
                    name: {vi: Tỉnh A, en: A Province}
                    target: 12
                  - code: tinh-b
                    kind: PROVINCE
                    name: {vi: Tỉnh B, en: B Province}
                    status: MERGED
                    mergedInto: tinh-a
                    mergedOn: 2025-07-01
                """, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(units).extracting(Unit::code).containsExactly("tinh-a", "tinh-b");
        assertThat(units.get(1).mergedInto()).isEqualTo("tinh-a");
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        var problems = new ContentProblems();
        UnitRegistryFile.read("""
                units:
                  - code: tinh-a
                    kind: PROVINCE
                    name: {vi: Tỉnh A}
                  - code: tinh-a
                    kind: PROVINCE
                    name: {vi: Tỉnh A2, en: A2}
                  - code: tinh-c
                    kind: COUNTY
                    name: {vi: Tỉnh C, en: C}
                    status: MERGED
                    mergedInto: tinh-z
                    mergedOn: 2025-07-01
                """, problems);
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "organisation/units.yaml:4: missing translation: 'name' has no English text (en)",
                "organisation/units.yaml:5: duplicate unit code 'tinh-a' (first defined at line 2)",
                "organisation/units.yaml:8: unit 'tinh-c' is merged into 'tinh-z', which is not in the registry",
                "organisation/units.yaml:9: 'kind' is 'COUNTY', but must be one of: MINISTRY, MINISTERIAL_AGENCY, "
                        + "GOVERNMENT_AGENCY, PROVINCE, CITY");
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        var problems = new ContentProblems();
        UnitRegistryFile.read("units:\n  - code: a\n    name: {vi: x\n", problems);
        assertThat(problems.sorted()).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("organisation/units.yaml");
                    assertThat(p.line()).isBetween(3, 4);
                    assertThat(p.message()).startsWith("malformed YAML");
                });
    }
}
