package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.TestAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every audit row says why beside what: a worker's read is for care, an administrator's browse of
 * the trail for operations. The vocabulary of actions is what the modules declare, and a filter
 * naming anything else is refused rather than answered with an empty page.
 */
@AlongsideTest
class AuditPurposeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionVocabulary vocabulary;

    ApiSupport api;
    Org org;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
    }

    private String purposeOfLast(String action, UUID actor) {
        return jdbc.sql(
                        "select purpose from audit_event where action = :a and actor_id = :actor order by id desc limit 1")
                .param("a", action)
                .param("actor", actor)
                .query(String.class)
                .single();
    }

    @Test
    void aWorkersReadIsForCareAndAnAdministratorsBrowseForOperations() throws Exception {
        api.get(org.workerA(), "/api/v1/participants/" + org.personOfA().id()).andExpect(status().isOk());
        api.get(org.admin(), "/api/v1/audit/events?limit=1").andExpect(status().isOk());
        assertThat(purposeOfLast("participant.view", org.workerA().id())).isEqualTo("care");
        assertThat(purposeOfLast("audit.browse", org.admin().id())).isEqualTo("operations");
        assertThat(api.get(
                                org.admin(),
                                "/api/v1/audit/events?limit=500&participant="
                                        + org.personOfA().id())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"purpose\":\"care\"");
    }

    @Test
    void anActionNoModuleDeclaresIsRefusedWithAProblemAndReadsNothing() throws Exception {
        long before = browses();
        api.get(org.admin(), "/api/v1/audit/events?action=participant.peek")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.action").exists());
        assertThat(browses()).as("nothing was read, so nothing was browsed").isEqualTo(before);
        String page = mvc.perform(get("/admin/audit?action=participant.peek")
                        .header("Accept-Language", "es")
                        .with(user(org.admin())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("No existe esa acción", "id=\"action-error\"");
        assertThat(browses()).isEqualTo(before);
        api.get(org.admin(), "/api/v1/audit/events?action=participant.view").andExpect(status().isOk());
        assertThat(browses()).isEqualTo(before + 1);
    }

    @Test
    void theVocabularyIsEveryModulesActionsAndEachCodeOnce() {
        assertThat(vocabulary.codes())
                .contains(
                        "participant.view",
                        "contact.sign",
                        "recoveryplan.pdf",
                        "referral.slip-text",
                        "group.attendance.remove",
                        "signin.failure",
                        "directory.import",
                        "today.view",
                        "audit.browse",
                        "billing.export",
                        "consent.revoke")
                .doesNotHaveDuplicates()
                .hasSize(131);
        assertThat(vocabulary.of("contact.cosign").purpose().name()).isEqualTo("SUPERVISION");
        assertThat(vocabulary.of("billing.export").purpose().name()).isEqualTo("PAYMENT");
    }

    @Test
    void everyActionHasWordsInEnglishAndSpanishForTheAuditPage() {
        org.springframework.context.MessageSource messages =
                context.getBean(org.springframework.context.MessageSource.class);
        for (String language : java.util.List.of("en", "es")) {
            assertThat(vocabulary.codes())
                    .as(language)
                    .allSatisfy(code -> assertThat(messages.getMessage(
                                    "auditAction." + code, null, null, java.util.Locale.forLanguageTag(language)))
                            .as(code)
                            .isNotBlank());
        }
    }

    @Test
    void twoActionsWithOneCodeStopTheStart() {
        assertThatThrownBy(() -> new ActionVocabulary(
                        List.of(TestAction.reading("plan.view"), TestAction.changing("plan.view"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plan.view");
    }

    private long browses() {
        return jdbc.sql("select count(*) from audit_event where action = 'audit.browse' and actor_id = :a")
                .param("a", org.admin().id())
                .query(Long.class)
                .single();
    }
}
