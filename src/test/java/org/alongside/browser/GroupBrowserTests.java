package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.participant.ParticipantView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A supervisor sets up a group; its facilitator takes attendance on a phone and signs the session. */
@AlongsideTest
class GroupBrowserTests extends BrowserTest {

    @Test
    void attendanceIsTakenForASessionOnAPhoneAndSigningWritesGroupContacts() {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        ParticipantView walkIn =
                fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Willow " + org.programId());
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.supervisorA().email(), Fixtures.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up group"))
                    .click();
            assertThat(page.locator("#name-error")).hasText("Give the group a name");
            page.getByLabel("Name").fill("Walk and talk");
            page.getByLabel("Kind of group").selectOption(new SelectOption().setLabel("Wellness"));
            page.getByLabel("How many people can come").fill("8");
            page.getByLabel(org.workerA().displayName()).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up group"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Group set up.");
            BrowserSupport.fitsTheScreen(page, 375);
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Walk and talk").setExact(false))
                    .click();
            page.getByLabel("Add someone you support from this program")
                    .selectOption(new SelectOption()
                            .setLabel(org.personOfA().details().preferredName()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to roster"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added to the roster.");

            page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))
                    .fill("10:00");
            page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("11:00");
            page.getByLabel("Topic").fill("Finding green spaces");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a session"))
                    .click();

            page.getByLabel(org.personOfA().details().preferredName()).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance and note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Attendance and note saved.");
            assertThat(page.getByLabel(org.personOfA().details().preferredName()))
                    .isChecked();
            page.getByLabel("Add a walk-in from your caseload")
                    .selectOption(new SelectOption().setLabel(walkIn.details().preferredName()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add walk-in"))
                    .click();
            assertThat(page.locator("#attendance-heading")).hasText("Who came (2 of 8)");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign session"))
                    .click();
            assertThat(page.locator("#note-error")).hasText("Write the group note before signing");
            page.getByLabel("What the group did").fill("We mapped three parks within walking distance.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign session"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Session signed.");
            assertThat(page.locator("#session-status"))
                    .containsText("Signed by " + org.workerA().displayName());
            BrowserSupport.fitsTheScreen(page, 375);
        }
        long contacts = context.getBean(JdbcClient.class)
                .sql("""
                select count(*) from contact_note where participant_id in (:a, :b) and billing_code = 'H0038-HQ' and units = 4
                """)
                .param("a", org.personOfA().id())
                .param("b", walkIn.id())
                .query(Long.class)
                .single();
        assertThat(contacts).isEqualTo(2);
    }

    @Test
    void tickingWhoCameAndSigningAtOnceKeepsEveryTickAndTodayListsTheSession() {
        Org org = new Fixtures(context).org();
        String name = org.personOfA().details().preferredName();
        new Fixtures(context).morningWalkToday(org);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.locator("#part-today .item")
                    .filter(new Locator.FilterOptions().setHasText("Morning walk"))
                    .getByRole(AriaRole.LINK)
                    .click();
            page.getByLabel(name).check();
            page.getByLabel("What the group did").fill("We walked along the river.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign session"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Session signed.");
            assertThat(page.locator("#attendance-heading")).hasText("Who came (1 of 8)");
        }
        assertThat(context.getBean(JdbcClient.class)
                        .sql(
                                "select count(*) from contact_note where participant_id = :p and billing_code = 'H0038-HQ'")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
