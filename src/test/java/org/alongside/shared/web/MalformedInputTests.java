package org.alongside.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input a fuzzer found that once answered 500: each now gets a clear 400 (403 for a forged CSRF
 * token, 404 for the error page asked for directly) and changes nothing.
 */
@AlongsideTest
class MalformedInputTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org org;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
    }

    private String person(String name, String contactMethods) {
        return """
                {"preferredName": "%s", "contactMethods": %s, "programId": "%s", "primaryWorkerId": "%s"}
                """.formatted(
                        name, contactMethods, org.programId(), org.workerA().id());
    }

    private long people(String name) {
        return jdbc.sql("select count(*) from participant where preferred_name like :n")
                .param("n", name + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aNulCharacterInJsonTextIsRefusedWithA400() throws Exception {
        api.post(org.workerA(), "/api/v1/participants", person("Nul\\u0000Person", "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("NUL")));
        assertThat(people("Nul")).isZero();
    }

    @Test
    void aNulCharacterInAFormFieldIsRefusedWithA400() throws Exception {
        mvc.perform(post("/people")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("preferredName", "Form\u0000Person")
                        .param("programId", org.programId().toString())
                        .param("primaryWorkerId", org.workerA().id().toString()))
                .andExpect(status().isBadRequest());
        assertThat(people("Form")).isZero();
    }

    @Test
    void aNullInsideAListIsRefusedWithA400NamingTheField() throws Exception {
        api.post(org.workerA(), "/api/v1/participants", person("Listed Nobody", "[null]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("contactMethods")));
        api.post(
                        org.workerA(),
                        "/api/v1/participants/" + org.personOfA().id() + "/wellness-checks",
                        "{\"ratings\": [null]}")
                .andExpect(status().isBadRequest());
        api.put(
                        org.workerA(),
                        "/api/v1/participants/" + org.personOfA().id() + "/crisis-plan",
                        "{\"version\": 0, \"people\": [null]}")
                .andExpect(status().isBadRequest());
        assertThat(people("Listed")).isZero();
    }

    @Test
    void aSearchThatIsNotValidUtf8IsRefusedWithA400() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/participants?q=%ff%fe"))
                                .header("Authorization", "Bearer " + api.token(org.workerA()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aLongLanguageGuideTermIsKeptAndAudited() throws Exception {
        String term = "a long phrase that someone might want the guide to catch, kept word for word here";
        assertThat(term.length()).isBetween(65, 100);
        api.post(
                        org.admin(),
                        "/api/v1/language-guide/terms",
                        "{\"term\": \"" + term + "\", \"suggestion\": \"shorter words\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void aForgedCsrfTokenOfTheRightLengthIsRefusedWith403() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher found = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(found.find()).isTrue();
        byte[] real = Base64.getUrlDecoder().decode(found.group(1));
        int half = real.length / 2;
        byte[] forged = real.clone();
        for (int i = 0; i < half; i++) {
            forged[half + i] = (byte) (real[i] ^ 0xFF); // the token it stands for decodes to bytes that are not UTF-8
        }
        String token = Base64.getUrlEncoder().encodeToString(forged);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=a%40b.c&password=x&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error").with(user(org.workerA()))).andExpect(status().isNotFound());
    }
}
