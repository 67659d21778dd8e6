package vn.ttcs.learn.catalog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A lesson file is served only as what its content is, and only a raster image is shown in the page. */
class CourseAssetsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void anImageWhoseContentIsThatImageIsShownInline() {
        assertThat(CourseAssets.kindOf("png", PNG)).contains(new CourseAssets.Kind("image/png", true));
        assertThat(CourseAssets.kindOf("gif", GIF)).contains(new CourseAssets.Kind("image/gif", true));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsExtensionSaysIsNotServed() {
        assertThat(CourseAssets.kindOf("png", HTML)).isEmpty();
        assertThat(CourseAssets.kindOf("pdf", PNG)).isEmpty();
        assertThat(CourseAssets.kindOf("jpg", PNG)).isEmpty();
        assertThat(CourseAssets.kindOf("csv", HTML)).as("markup is not a CSV").isEmpty();
    }

    @Test
    void documentsSvgAndCsvAreOfferedAsDownloadsOnly() {
        assertThat(CourseAssets.kindOf("svg", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
                .contains(new CourseAssets.Kind("image/svg+xml", false));
        assertThat(CourseAssets.kindOf("csv", "mã,tên\n1,Hà Nội\n".getBytes(StandardCharsets.UTF_8)))
                .contains(new CourseAssets.Kind("text/csv; charset=utf-8", false));
        assertThat(CourseAssets.kindOf("pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(new CourseAssets.Kind("application/pdf", false));
    }
}
