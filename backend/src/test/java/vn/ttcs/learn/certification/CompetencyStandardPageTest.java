package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The public page of a competency standard, the address that every badge's alignment gives as targetUrl: readable
 * by anyone, Vietnamese first with English, and a plain "not found" page for a code the framework does not have.
 */
@MicronautTest(transactional = false)
class CompetencyStandardPageTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void thePageOfARealStandardShowsItsVietnameseNameWithDiacriticsItsLevelsAndItsMapping() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/competencies/PRESS"), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType().orElseThrow().getName()).isEqualTo("text/html");
        String html = page.body();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">")
                .contains("Tiêu chuẩn năng lực").contains("Competency standard")
                .contains("Quan hệ báo chí và phát ngôn").contains("Press relations and spokesperson work")
                .contains("Nền tảng").contains("Foundation").contains("Thực hành").contains("Practitioner")
                .contains("Nâng cao").contains("Advanced")
                .contains("Soạn thông cáo báo chí đúng cấu trúc")
                .contains("Giai đoạn GCS").contains("Chức năng MCI").contains("Chỉ thị 07/CT-TTg");
        assertThat(html.indexOf("Quan hệ báo chí và phát ngôn"))
                .isLessThan(html.indexOf("Press relations and spokesperson work"));
        assertThat(html.indexOf("Nền tảng")).isLessThan(html.indexOf("Thực hành"));
        assertThat(html.indexOf("Thực hành <span")).isLessThan(html.indexOf("Nâng cao <span"));
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void anUnknownCodeAnswersANotFoundPageRatherThanTheAppOrAnError() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/competencies/NO-SUCH-STANDARD"), String.class));

        assertThat(refused.code()).isEqualTo(404);
        String html = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(html).contains("Không có tiêu chuẩn năng lực với mã này")
                .contains("The competency framework has no standard with this code")
                .doesNotContain("id=\"app\"").doesNotContain("Exception");
    }

    @Test
    void anyoneMayReadThePageWithoutSigningInAndItCarriesTheSecurityHeaders() {
        HttpResponse<String> anonymous = client.toBlocking().exchange(HttpRequest.GET("/competencies/CRISIS"),
                String.class);
        HttpResponse<String> signedIn = client.toBlocking().exchange(HttpRequest.GET("/competencies/CRISIS")
                .bearerAuth(fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()))), String.class);

        assertThat(anonymous.code()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo(anonymous.body());
        assertThat(anonymous.getHeaders().get("Content-Security-Policy")).contains("script-src 'self'")
                .contains("style-src 'self'");
        assertThat(anonymous.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    }
}
