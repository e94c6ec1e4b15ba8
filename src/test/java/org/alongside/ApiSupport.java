package org.alongside;

import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.ApiTokens;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the API as a given user, with a real bearer token. */
public final class ApiSupport {

    private final MockMvc mvc;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    public ApiSupport(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.tokens = context.getBean(ApiTokens.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public String token(CurrentUser user) {
        return tokens.issue(user.viewer(), "test", null).token();
    }

    public ResultActions get(CurrentUser user, String path) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.get(path), user));
    }

    public ResultActions post(CurrentUser user, String path, String json) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.post(path), user)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    public ResultActions put(CurrentUser user, String path, String json) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.put(path), user)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    public ResultActions delete(CurrentUser user, String path) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.delete(path), user));
    }

    /** A POST as a phone on a bad connection sends it: with an Idempotency-Key, so that a resend is safe. */
    public ResultActions postOnce(CurrentUser user, String path, String key, String json) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.post(path), user)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** Audit records of one action about one participant. */
    public long auditCount(String action, UUID participantId, String outcome) {
        return jdbc.sql(
                        "select count(*) from audit_event where action = :a and participant_id is not distinct from :p and outcome = :o")
                .param("a", action)
                .param("p", participantId)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    public long auditCountByActor(String action, UUID actorId, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = :a and actor_id = :actor and outcome = :o")
                .param("a", action)
                .param("actor", actorId)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    /** How many refusals about this person (whatever the action) the actor has met: the walkers' count. */
    public long deniedAbout(CurrentUser actor, UUID participantId) {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where actor_id = :actor and outcome = 'DENIED' and subject_id = :id
                        """)
                .param("actor", actor.id())
                .param("id", participantId.toString())
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder builder, CurrentUser user) {
        return builder.header("Authorization", "Bearer " + token(user));
    }
}
