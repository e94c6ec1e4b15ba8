package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the two hottest person-record actions cost in statements and audit rows, with the gate in
 * the path: signing a note, and saving the plan from its page (the save, then the page the
 * redirect shows). The numbers are reported in the README; the limits keep them from creeping.
 */
@AlongsideTest
class StatementCountTests {

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

    @Test
    void signingANoteTakesOneAccessCheckAndOneAuditRow() throws Exception {
        String notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        String content = """
                {"contactDate": "%s", "durationMinutes": 30, "mode": "WALK", "activities": ["MENTORING_AND_GOALS"],
                 "narrative": "Walked to the library together."}""".formatted(LocalDate.now());
        String id = JsonPath.read(
                api.post(org.workerA(), notes, "{\"content\": " + content + "}")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.token(org.workerA());
        long auditBefore = audit(org.personOfA().id());
        int draftThenSign =
                StatementCounter.count(() -> api.post(org.workerA(), notes + "/" + id + "/sign", "{\"version\": 0}")
                        .andExpect(status().isOk()));
        int writeAndSign = StatementCounter.count(
                () -> api.post(org.workerA(), notes, "{\"sign\": true, \"content\": " + content + "}")
                        .andExpect(status().isCreated()));
        System.out.printf("statements: sign a draft %d, write and sign %d%n", draftThenSign, writeAndSign);
        assertThat(audit(org.personOfA().id()) - auditBefore)
                .as("one audit row per signature")
                .isEqualTo(2);
        assertThat(draftThenSign).isLessThanOrEqualTo(SIGN_A_DRAFT);
        assertThat(writeAndSign).isLessThanOrEqualTo(WRITE_AND_SIGN);
    }

    @Test
    void savingThePlanFromItsPageTakesOneCheckAndOneAuditRowAndItsPageOneMore() throws Exception {
        UUID person = org.personOfA().id();
        long auditBefore = audit(person);
        int save = StatementCounter.count(() -> mvc.perform(post("/people/" + person + "/plan")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("hopesAndDreams", "A garden of my own")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()));
        long afterSave = audit(person);
        int page = StatementCounter.count(
                () -> mvc.perform(get("/people/" + person + "/plan").with(user(org.workerA())))
                        .andExpect(status().isOk()));
        System.out.printf("statements: save the plan %d, the page after it %d%n", save, page);
        assertThat(afterSave - auditBefore).as("the save writes one audit row").isEqualTo(1);
        assertThat(audit(person) - afterSave)
                .as("the page after it, one view record")
                .isEqualTo(1);
        assertThat(save).isLessThanOrEqualTo(SAVE_THE_PLAN);
        assertThat(page).isLessThanOrEqualTo(PLAN_PAGE);
    }

    // Measured 2026-12-07 (the token issued for each call included), plus two: a regression fails.
    static final int SIGN_A_DRAFT = 10 + 2;
    static final int WRITE_AND_SIGN = 6 + 2;
    static final int SAVE_THE_PLAN = 8 + 2;
    static final int PLAN_PAGE = 13 + 2;

    private long audit(UUID person) {
        return jdbc.sql("select count(*) from audit_event where participant_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }
}
