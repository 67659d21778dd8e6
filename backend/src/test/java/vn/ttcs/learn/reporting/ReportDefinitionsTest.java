package vn.ttcs.learn.reporting;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The definitions printed on a unit's PDF summary are those of docs/reporting.md, word for word. */
class ReportDefinitionsTest {

    @Test
    void theSummaryPrintsTheDefinitionsOfTheDocsWordForWord() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "reporting.md"), StandardCharsets.UTF_8);

        for (LocalizedText definition : UnitSummaryPdf.DEFINITIONS) {
            assertThat(docs).contains(definition.vi()).contains(definition.en());
        }
    }
}
