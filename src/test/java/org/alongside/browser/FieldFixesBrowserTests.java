package org.alongside.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.directory.SmallDirectory;
import org.alongside.participant.ContactKind;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.ReferralManagement;
import org.alongside.referral.ReferralView;
import org.junit.jupiter.api.Test;

/** What a worker tripped on at 375 px, each checked the way they met it. */
@AlongsideTest
class FieldFixesBrowserTests extends BrowserTest {

    @Test
    void theCaseloadStaffAndReferralListsAreCardsWithNoTextSqueezedIntoANarrowColumn() {
        Org org = new Fixtures(context).org();
        UUID service = Fixtures.aDirectoryService(context);
        context.getBean(ReferralManagement.class)
                .suggest(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        new ReferralManagement.NewReferral(
                                service, "food", null, ContactPreference.WORKER_GOES_WITH, LocalDate.now()));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            for (String list : List.of("/people", "/people/" + org.personOfA().id() + "/referrals")) {
                page.navigate(url(list));
                assertThat(page.locator("ul.people > li").first()).isVisible();
                assertThat(BrowserSupport.squeezedCardText(page)).as(list).isEmpty();
                BrowserSupport.fitsTheScreen(page, 375);
            }
        }
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            page.navigate(url("/admin/staff"));
            assertThat(page.locator("ul.people > li").first()).isVisible();
            assertThat(BrowserSupport.squeezedCardText(page)).isEmpty();
            BrowserSupport.fitsTheScreen(page, 375);
        }
    }

    @Test
    void anEmailAddressIsAMailLinkOnlyAndItsNotesAreSeparated() {
        Org org = new Fixtures(context).org();
        ParticipantView person = context.getBean(ParticipantManagement.class)
                .enrol(
                        org.admin().viewer(),
                        new ParticipantManagement.NewParticipant(
                                new ParticipantDetails(
                                        "Ines Mailwright",
                                        null,
                                        null,
                                        null,
                                        "English",
                                        null,
                                        List.of(
                                                new ParticipantDetails.ContactMethod(
                                                        ContactKind.EMAIL, "ines@example.org", true, false),
                                                new ParticipantDetails.ContactMethod(
                                                        ContactKind.PHONE, "555 0142", false, true)),
                                        List.of()),
                                org.programId(),
                                org.workerA().id(),
                                "Self-referred",
                                LocalDate.now()));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + person.id()));
            assertThat(page.locator("ul.reach a[href='mailto:ines@example.org']"))
                    .hasCount(1);
            assertThat(page.locator("ul.reach a[href^='tel:']")).hasCount(1);
            assertThat(page.locator("ul.reach a[href^='sms:']")).hasCount(1);
            assertThat(page.locator("ul.reach a[href='tel:0']")).hasCount(0);
            assertThat(page.locator("ul.reach li").first()).containsText("preferred · do not leave a message");
        }
    }

    @Test
    void disclosuresShowTheirMarkerSoTheyReadAsSomethingThatOpens() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/directory"));
            assertThat(page.locator("details > summary").first()).isVisible();
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector('details > summary')).display"))
                    .isEqualTo("list-item");
        }
    }

    @Test
    void afterADirectorySearchTheResultsAndTheirCountAreInView() {
        Org org = new Fixtures(context).org();
        String word = "Quill" + (1000 + (int) (Math.random() * 8999));
        new SmallDirectory(word + " Neighbours")
                .service(word + " Pantry", "Groceries", "food", 20.0, 40.0, "Q1", "English", true, "always")
                .importInto(context);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/directory"));
            page.getByText("Needs, wellness and language").click();
            page.getByLabel("Food").first().check();
            page.getByLabel("What is the person looking for?").fill(word);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            assertThat(page.locator("#results")).containsText(word + " Pantry");
            assertThat(page.locator("#results > p.meta").first()).hasText("1 service found");
            assertThat(page.locator("#results > p.meta").first()).isInViewport();
            assertThat(page.locator("#directory-search details")).not().hasAttribute("open", "");
            assertThat(page.locator("#directory-search summary")).hasText("Needs, wellness and language (1 chosen)");
        }
    }

    @Test
    void aWorkerWhoLearnsThePersonGotConnectedRecordsItInOneSaveAndTheSkippedStepsSaySo() {
        Org org = new Fixtures(context).org();
        ReferralView referral = context.getBean(ReferralManagement.class)
                .suggest(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        new ReferralManagement.NewReferral(
                                Fixtures.aDirectoryService(context),
                                "food",
                                null,
                                ContactPreference.WORKER_GOES_WITH,
                                LocalDate.now()));
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            page.navigate(url("/people/" + org.personOfA().id() + "/referrals/" + referral.id()));
            page.getByLabel("The person got connected").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the step"))
                    .click();
            assertThat(page.locator("#referral-status")).hasText("Connected");
            assertThat(page.locator("li.skipped")).hasCount(2);
            assertThat(page.locator("li.skipped").first()).containsText("skipped: not recorded at the time");
        }
    }

    @Test
    void onAPhoneTheMainPlacesAreOneRowAtTheBottomAndTheRestAreOnMore() {
        Org org = new Fixtures(context).org();
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            page.waitForURL("**/today");
            page.waitForLoadState(); // the stylesheet has loaded: the page is measured as it is shown
            Object header = page.evaluate("() => document.querySelector('header.top').getBoundingClientRect().height");
            assertThat(((Number) header).doubleValue())
                    .as("the header is one row")
                    .isLessThanOrEqualTo(64);
            var bar = page.locator("nav.bottom-bar a");
            assertThat(bar).hasCount(5);
            assertThat(bar).hasText(new String[] {"Today", "My people", "Groups", "Resources", "More"});
            Object bottom = page.evaluate(
                    "() => Math.round(document.querySelector('nav.bottom-bar').getBoundingClientRect().bottom)");
            assertThat(((Number) bottom).intValue())
                    .as("the bar sits at the bottom of the screen")
                    .isEqualTo(800);
            assertThat(BrowserSupport.smallControls(page)).isEmpty();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("More").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Sign out"))))
                    .isVisible();
            BrowserSupport.fitsTheScreen(page, 375);
        }
        try (BrowserContext session = sessionAt(1280)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            assertThat(page.locator("nav.bottom-bar")).isHidden();
            assertThat(page.locator("header.top")
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Billing")))
                    .isVisible();
        }
    }
}
