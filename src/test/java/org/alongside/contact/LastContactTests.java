package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class LastContactTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactNoteManagement notes;

    @Test
    void theCaseloadShowsDaysSinceLastContactAndHighlightsFourteenDaysWithout() throws Exception {
        Org org = new Fixtures(context).org();
        var second = new Fixtures(context)
                .enrol(org.admin(), org.programId(), org.workerA(), "Second person " + org.programId());
        var third = new Fixtures(context)
                .enrol(org.admin(), org.programId(), org.workerA(), "Third person " + org.programId());
        notes.startDraft(
                org.workerA().viewer(),
                org.personOfA().id(),
                Fixtures.call(LocalDate.now().minusDays(3), null, null));
        notes.startDraft(
                org.workerA().viewer(),
                second.id(),
                Fixtures.call(LocalDate.now().minusDays(20), null, null));
        String page = mvc.perform(get("/people").with(user(org.workerA())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(section(page, org.personOfA().id().toString()))
                .contains("Last contact 3 days ago")
                .doesNotContain("No contact in 14 days");
        assertThat(section(page, second.id().toString()))
                .contains("No contact in 14 days")
                .contains("Last contact 20 days ago");
        assertThat(section(page, third.id().toString())).contains("No contact yet");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("/people/" + id);
        return page.substring(start, page.indexOf("</li>", start));
    }
}
