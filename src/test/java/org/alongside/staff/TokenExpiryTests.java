package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** API tokens expire: 90 days by default or fewer when asked, shown when created and listed, refused after. */
@AlongsideTest
class TokenExpiryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Org org;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
    }

    private String issue(String body) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(org.workerA().email(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aTokenExpiresAfterNinetyDaysUnlessFewerAreAskedFor() throws Exception {
        Instant defaultExpiry = Instant.parse(JsonPath.read(issue("{}"), "$.expiresAt"));
        assertThat(Duration.between(Instant.now(), defaultExpiry).toDays()).isBetween(89L, 90L);
        String shortLived = issue("{\"label\": \"laptop\", \"expiresInDays\": 7}");
        Instant expiry = Instant.parse(JsonPath.read(shortLived, "$.expiresAt"));
        assertThat(Duration.between(Instant.now(), expiry).toDays()).isBetween(6L, 7L);
        String token = JsonPath.read(shortLived, "$.token");
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.label == 'laptop')].expiresAt").isNotEmpty());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String issued = issue("{\"expiresInDays\": 1}");
        String token = JsonPath.read(issued, "$.token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", UUID.fromString(JsonPath.read(issued, "$.id")))
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLifetimeOutsideOneToNinetyDaysIsRefused() throws Exception {
        for (String days : new String[] {"0", "91", "-3"}) {
            mvc.perform(post("/api/v1/tokens")
                            .with(httpBasic(org.workerA().email(), Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"expiresInDays\": " + days + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.expiresInDays").value("Choose 1 to 90 days"));
        }
    }
}
