package vn.ttcs.learn.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

@MicronautTest(transactional = false)
class TraineeImportTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    AppUserRepository users;

    @Test
    void aGoodCsvCreatesTraineesAndImportingItAgainChangesNothing() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        String unit = fixtures.provinceA().code();
        String a = Fixtures.unique("hoang.thi.lan");
        String b = Fixtures.unique("ngo.quang.huy");
        String csv = "\uFEFFfull_name,email,username,unit_code,job_title\n"
                + "Hoàng Thị Lan," + a + "@tinh.gov.vn," + a + "," + unit + ",Chuyên viên Sở Văn hóa\n"
                + "\"Ngô Quang Huy, Jr.\"," + b + "@tinh.gov.vn," + b + "," + unit + ",\n";

        Map<String, Object> first = upload(admin, "trainees.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("unchanged", 0);
        assertThat((List<Map<String, Object>>) first.get("credentials")).extracting(c -> c.get("username"))
                .containsExactly(a, b);
        assertThat(users.findByUsername(a).orElseThrow().fullName()).isEqualTo("Hoàng Thị Lan");
        assertThat(users.findByUsername(b).orElseThrow().fullName()).isEqualTo("Ngô Quang Huy, Jr.");

        Map<String, Object> again = upload(admin, "trainees.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        assertThat((List<?>) again.get("credentials")).isEmpty();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        String unit = fixtures.provinceA().code();
        String good = Fixtures.unique("good");
        String csv = "full_name;email;username;unit_code;job_title\n"
                + "Lý Thị Mai;" + good + "@x.vn;" + good + ";" + unit + ";\n"
                + ";missing-name@x.vn;" + Fixtures.unique("n") + ";" + unit + ";\n"
                + "Bùi Văn Nam;not-an-email;" + Fixtures.unique("n") + ";" + unit + ";\n"
                + "Đỗ Thị Oanh;" + Fixtures.unique("o") + "@x.vn;" + Fixtures.unique("o") + ";no-such-unit;\n"
                + "Lý Thị Mai;" + Fixtures.unique("m") + "@x.vn;" + good + ";" + unit + ";\n";

        var answer = failing(() -> upload(admin, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(answer.detail()).contains("4 rows have problems, so nothing was imported");
        assertThat(answer.errors()).extracting(e -> e.get("row") + ":" + e.get("field"))
                .containsExactly("3:full_name", "4:email", "5:unit_code", "6:username");
        assertThat(users.findByUsername(good)).isEmpty();
    }

    @Test
    void anXlsxWorkbookImportsLikeACsv() throws IOException {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        String username = Fixtures.unique("vu.thi.xuan");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            var sheet = workbook.newWorksheet("Học viên");
            String[] header = {"full_name", "email", "username", "unit_code", "job_title"};
            String[] row = {"Vũ Thị Xuân", username + "@x.vn", username, fixtures.provinceB().code(), "Phó phòng"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.value(1, c, row[c]);
            }
        }
        Map<String, Object> result = upload(admin, "hoc-vien.xlsx", bytes.toByteArray());
        assertThat(result).containsEntry("created", 1);
        assertThat(users.findByUsername(username).orElseThrow().jobTitle()).isEqualTo("Phó phòng");
    }

    @Test
    void aUnitManagerImportsIntoItsOwnUnitOnly() {
        var managerA = fixtures.unitManager(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), managerA);
        String username = Fixtures.unique("x");
        String csv = "full_name,email,username,unit_code\nMai Văn Phúc," + username + "@x.vn," + username + ","
                + fixtures.provinceB().code() + "\n";
        var answer = failing(() -> upload(token, "t.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(answer.errors()).singleElement().satisfies(e -> {
            assertThat(e.get("row")).isEqualTo(2);
            assertThat(e.get("field")).isEqualTo("unit_code");
        });
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejectedAtTheHeaderRow() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var answer = failing(() -> upload(admin, "t.csv", "name,mail\nA,b@c.vn\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(answer.errors()).extracting(e -> e.get("row")).containsOnly(1);
        assertThat(answer.errors()).extracting(e -> e.get("field"))
                .containsExactly("full_name", "email", "username", "unit_code");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> upload(String token, String filename, byte[] content) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", filename, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return (Map<String, Object>) client.toBlocking().retrieve(HttpRequest.POST("/api/users/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map.class);
    }
}
