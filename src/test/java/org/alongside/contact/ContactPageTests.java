package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The note, billing and word-list pages: bad input is answered beside the field and changes nothing. */
@AlongsideTest
class ContactPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Org org;
    UUID person;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        person = org.personOfA().id();
    }

    private UUID startDraft() throws Exception {
        String location = mvc.perform(post("/people/" + person + "/notes")
                        .with(user(org.workerA()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theAutosaveAnswersInPlaceWithTheLanguageGuideAndAnImpossibleTimeIsNotSaved() throws Exception {
        UUID note = startDraft();
        String saved = mvc.perform(post("/people/" + person + "/notes/" + note + "/draft")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "0")
                        .param("narrative", "She is non-compliant with meds"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(saved).contains("Draft saved at").contains("value=\"1\"").contains("<span>non-compliant</span>");

        String refused = mvc.perform(post("/people/" + person + "/notes/" + note + "/draft")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "1")
                        .param("startTime", "11:00")
                        .param("endTime", "10:00")
                        .param("narrative", "changed"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Not saved yet").contains("The end time is after the start time");
        assertThat(narrative(note)).isEqualTo("She is non-compliant with meds");
    }

    @Test
    void aDraftStartedByMistakeIsDiscardedAndLeavesTheListsButNotTheRecordOrTheAuditTrail() throws Exception {
        UUID note = startDraft();
        assertThat(page("/people")).contains("Note to finish");
        assertThat(page("/people/" + person + "/notes/" + note)).contains("Discard this draft");
        MvcResult discarded = mvc.perform(post("/people/" + person + "/notes/" + note + "/discard")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person + "/notes"))
                .andReturn();
        assertThat(discarded.getFlashMap().get("saved").toString()).startsWith("Draft discarded.");
        assertThat(page("/people/" + person + "/notes")).doesNotContain("/notes/" + note);
        assertThat(page("/people")).doesNotContain("Note to finish");
        assertThat(context.getBean(JdbcClient.class)
                        .sql("select status from contact_note where id = :id")
                        .param("id", note)
                        .query(String.class)
                        .single())
                .as("kept, not deleted")
                .isEqualTo("DISCARDED");
        assertThat(new ApiSupport(mvc, context).auditCount("contact.discard", person, "SUCCESS"))
                .isEqualTo(1);
        String again = mvc.perform(post("/people/" + person + "/notes/" + note + "/discard")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("This draft was discarded");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aFormFromAnOlderVersionIsRefusedAndTheTypedTextComesBack() throws Exception {
        UUID note = startDraft();
        mvc.perform(post("/people/" + person + "/notes/" + note + "/draft")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("version", "0")
                        .param("narrative", "first"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/people/" + person + "/notes/" + note + "/draft")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("version", "0")
                        .param("narrative", "typed in another tab"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("typed in another tab").contains("changed");
        assertThat(narrative(note)).isEqualTo("first");
    }

    @Test
    void someoneElsesDraftIsShownReadOnlyAndCannotBeSigned() throws Exception {
        UUID note = startDraft();
        String page = mvc.perform(get("/people/" + person + "/notes/" + note).with(user(org.supervisorA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("A draft, still being written by its author.").doesNotContain("Sign note");
        mvc.perform(post("/people/" + person + "/notes/" + note + "/sign")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .param("version", "0")
                        .param("narrative", "not mine"))
                .andExpect(status().isOk());
        assertThat(narrative(note)).isNull();
    }

    @Test
    void theBillingPageNamesBadDatesAndAProgramNotOneOfMine() throws Exception {
        String page = mvc.perform(get("/billing/contacts.csv")
                        .with(user(org.admin()))
                        .param("programId", org.programId().toString())
                        .param("from", "2026-02-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Enter a real date, like 2024-03-31")
                .contains("id=\"from-error\"")
                .contains("value=\"2026-02-30\"")
                .doesNotContain("value=\"null\"");
        String other = mvc.perform(get("/billing/contacts.csv")
                        .with(user(org.admin()))
                        .param("programId", UUID.randomUUID().toString())
                        .param("from", "2026-01-01")
                        .param("to", "2026-01-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other).contains("Choose one of your programs");
        LocalDate today = LocalDate.now();
        mvc.perform(get("/billing/contacts.csv")
                        .with(user(org.admin()))
                        .param("programId", org.programId().toString())
                        .param("from", today.minusDays(7).toString())
                        .param("to", today.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
    }

    @Test
    void anAdministratorExtendsTheWordListAndAnEmptyTermIsRefused() throws Exception {
        mvc.perform(post("/admin/language")
                        .with(user(org.admin()))
                        .with(csrf())
                        .param("term", " ")
                        .param("suggestion", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/admin/language")
                        .with(user(org.admin()))
                        .with(csrf())
                        .param("term", "Frequent Flyer")
                        .param("suggestion", "person who visits often"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/admin/language").with(user(org.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("frequent flyer").contains("person who visits often");
        mvc.perform(get("/admin/language").with(user(org.workerA()))).andExpect(status().isForbidden());
    }

    private String narrative(UUID note) {
        return jdbc.sql("select narrative from contact_note where id = :id")
                .param("id", note)
                .query(String.class)
                .list()
                .get(0);
    }
}
