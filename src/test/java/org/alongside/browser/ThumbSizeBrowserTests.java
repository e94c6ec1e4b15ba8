package org.alongside.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.directory.SmallDirectory;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.ReferralManagement;
import org.junit.jupiter.api.Test;

/** Every control on the main pages is big enough for a thumb on a 375 px phone (WCAG 2.5.5), and each page fits it. */
@AlongsideTest
class ThumbSizeBrowserTests extends BrowserTest {

    @Test
    void everyControlOnTheMainFormsIsAtLeast44PixelsSquare() {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        var worker = org.workerA().viewer();
        var note = context.getBean(ContactNoteManagement.class).startDraft(worker, person, Fixtures.blankDraft());
        context.getBean(RecoveryPlanManagement.class)
                .addGoal(
                        worker,
                        person,
                        UUID.randomUUID(),
                        "Cook for friends",
                        Set.of(WellnessDimension.SOCIAL),
                        null,
                        0);
        Fixtures.GroupToday walk = new Fixtures(context).morningWalkToday(org);
        UUID group = walk.groupId();
        UUID session = walk.sessionId();
        SmallDirectory directory = new SmallDirectory("Thistle Trust")
                .service("Thistle Pantry", "Food on Fridays", "food", 48.0, 2.0, "TH1 1AA", "English", true, "always");
        directory.importInto(context);
        List<String> small = new ArrayList<>();
        try (BrowserContext browser = sessionAt(375)) {
            Page page = browser.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            for (String path : List.of(
                    "/today",
                    "/people/" + person,
                    "/people/" + person + "/record",
                    "/people/" + person + "/notes/" + note.id(),
                    "/people/" + person + "/plan",
                    "/people/" + person + "/wellness",
                    "/people/" + person + "/daily-plan",
                    "/people/" + person + "/crisis-plan",
                    "/people/" + person + "/crisis-plan/edit",
                    "/groups/" + group + "/sessions/" + session,
                    "/directory?need=food&postcode=TH1+1AA",
                    "/directory/services/" + directory.id("Thistle Pantry"),
                    "/referrals/new?service=" + directory.id("Thistle Pantry") + "&for=" + person,
                    "/people/" + person + "/referrals",
                    "/people/" + person + "/check-in",
                    "/account/reminders",
                    "/account")) {
                page.navigate(url(path));
                page.waitForLoadState();
                BrowserSupport.smallControls(page).forEach(control -> small.add(path + ": " + control));
                BrowserSupport.fitsTheScreen(page, 375);
            }
        }
        assertThat(small).as("controls under 44 x 44 px").isEmpty();
    }

    @Test
    void theReferralReportAndTheResourceFormsFitAPhone() {
        Org org = new Fixtures(context).org();
        UUID pantry = Fixtures.aDirectoryService(context);
        context.getBean(ReferralManagement.class)
                .suggest(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        new ReferralManagement.NewReferral(
                                pantry, "food", null, ContactPreference.PERSON_CONTACTS, null));
        List<String> small = new ArrayList<>();
        try (BrowserContext browser = sessionAt(375)) {
            Page page = browser.newPage();
            signIn(page, org.admin().email(), Fixtures.PASSWORD);
            for (String path : List.of(
                    "/reports/referrals",
                    "/admin/referrals",
                    "/admin/directory",
                    "/admin/directory/services/new",
                    "/admin/directory/services/" + pantry + "/edit")) {
                page.navigate(url(path));
                page.waitForLoadState();
                BrowserSupport.smallControls(page).forEach(control -> small.add(path + ": " + control));
                BrowserSupport.fitsTheScreen(page, 375);
            }
        }
        assertThat(small).as("controls under 44 x 44 px").isEmpty();
    }
}
