package org.alongside.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The menu on every page, seen on Today: each role gets the links to what it may do, asked of
 * the signed-in account's roles once per page rather than once per link.
 */
@AlongsideTest
class NavigationTests {

    private static final List<String> EVERYONE =
            List.of("/today", "/people", "/groups", "/directory", "/billing", "/account");
    private static final List<String> LEADS = List.of("/review", "/reports/referrals");
    private static final List<String> ADMINISTRATORS = List.of(
            "/admin/staff",
            "/admin/programs",
            "/admin/supervision",
            "/admin/language",
            "/admin/audit",
            "/admin/directory");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aPeerWorkerSeesTheLinksEveryoneHasAndNoneOfASupervisorsOrAnAdministrators() throws Exception {
        CurrentUser worker = new Fixtures(context).org().workerA();
        String menu = menuOf(worker);
        assertThat(menu).contains(links(EVERYONE)).contains("<span class=\"who\">" + worker.displayName() + "</span>");
        assertThat(menu).doesNotContain(links(LEADS)).doesNotContain(links(ADMINISTRATORS));
    }

    @Test
    void aSupervisorAlsoSeesCoSigningAndTheReferralReportButNoAdministration() throws Exception {
        String menu = menuOf(new Fixtures(context).org().supervisorA());
        assertThat(menu).contains(links(EVERYONE)).contains(links(LEADS));
        assertThat(menu).doesNotContain(links(ADMINISTRATORS));
    }

    @Test
    void anAdministratorSeesEveryLink() throws Exception {
        String menu = menuOf(new Fixtures(context).org().admin());
        assertThat(menu).contains(links(EVERYONE)).contains(links(LEADS)).contains(links(ADMINISTRATORS));
    }

    @Test
    void aVisitorWhoHasNotSignedInSeesNoNavigation() throws Exception {
        String page = mvc.perform(get("/signin")).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("class=\"brand\"")
                .doesNotContain("bottom-bar")
                .doesNotContain("href=\"/billing\"");
    }

    private String menuOf(CurrentUser who) throws Exception {
        String page = mvc.perform(get("/today").with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
    }

    private static String[] links(List<String> paths) {
        return paths.stream().map(p -> "href=\"" + p + "\"").toArray(String[]::new);
    }
}
