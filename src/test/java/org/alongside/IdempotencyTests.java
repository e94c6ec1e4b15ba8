package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A phone on a bad connection resends the same POST: the first answer comes back and nothing is created twice. */
@AlongsideTest
class IdempotencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private ResultActions send(String token, String key, String path, String json) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aRetriedCreateReturnsTheFirstAnswerAndCreatesNothingNew() throws Exception {
        Org org = new Fixtures(context).org();
        String token = new ApiSupport(mvc, context).token(org.workerA());
        String key = UUID.randomUUID().toString();
        String notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        String body = "{\"content\": {\"narrative\": \"Met at the library\"}}";
        String first = send(token, key, notes, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String again = send(token, key, notes, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from contact_note where participant_id = :p")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        send(token, key, notes, "{\"content\": {\"narrative\": \"Something else\"}}")
                .andExpect(status().isUnprocessableContent());
        send(token, UUID.randomUUID().toString(), notes, body).andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from contact_note where participant_id = :p")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUserAndARefusalIsReplayedToo() throws Exception {
        Org org = new Fixtures(context).org();
        String key = UUID.randomUUID().toString();
        String notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        String tokenB = new ApiSupport(mvc, context).token(org.workerB());
        send(tokenB, key, notes, "{\"content\": {}}").andExpect(status().isNotFound());
        send(tokenB, key, notes, "{\"content\": {}}")
                .andExpect(status().isNotFound())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        String tokenA = new ApiSupport(mvc, context).token(org.workerA());
        send(tokenA, key, notes, "{\"content\": {}}").andExpect(status().isCreated());
        send(tokenA, "x".repeat(201), notes, "{\"content\": {}}").andExpect(status().isBadRequest());
    }
}
