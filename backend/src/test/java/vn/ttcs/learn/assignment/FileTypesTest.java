package vn.ttcs.learn.assignment;

import vn.ttcs.learn.shared.FileTypes;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A file is what its content says, whatever its name. */
class FileTypesTest {

    @Test
    void theAcceptedKindsAreRecognisedByTheirContent() {
        assertThat(FileTypes.detect(Files.pdf())).contains(FileTypes.Type.PDF);
        assertThat(FileTypes.detect(Files.docx())).contains(FileTypes.Type.DOCX);
        assertThat(FileTypes.detect(Files.xlsx())).contains(FileTypes.Type.XLSX);
        assertThat(FileTypes.detect(Files.odt())).contains(FileTypes.Type.ODT);
        assertThat(FileTypes.detect(Files.text())).contains(FileTypes.Type.TEXT);
        assertThat(FileTypes.detect(Files.png())).contains(FileTypes.Type.PNG);
        assertThat(FileTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileTypes.Type.JPEG);
    }

    @Test
    void programsMarkupOtherArchivesAndBinaryDataAreRefused() {
        assertThat(FileTypes.detect(Files.windowsProgram())).isEmpty();
        assertThat(FileTypes.detect(Files.html())).isEmpty();
        assertThat(FileTypes.detect("  <svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypes.detect(Files.plainZip())).isEmpty();
        assertThat(FileTypes.detect(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEmpty();
        assertThat(FileTypes.detect(new byte[]{(byte) 0xC3, 0x28})).as("not UTF-8").isEmpty();
    }

    @Test
    void aNameMustNotClaimAnotherTypeThanTheContent() {
        assertThat(FileTypes.nameAgrees("ke-hoach.PDF", FileTypes.Type.PDF)).isTrue();
        assertThat(FileTypes.nameAgrees("ke-hoach", FileTypes.Type.DOCX)).isTrue();
        assertThat(FileTypes.nameAgrees("ke-hoach.pdf", FileTypes.Type.TEXT)).isFalse();
        assertThat(FileTypes.nameAgrees("anh.jpeg", FileTypes.Type.JPEG)).isTrue();
    }
}
