package org.alongside.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.alongside.recoveryplan.CrisisPlanManagement;
import org.alongside.recoveryplan.domain.CrisisPlanDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's screenshots at 375 px (Today, the person's page, the note form, the crisis plan),
 * written to docs/screens/ only when asked: {@code ./mvnw test -Dtest=ScreensForTheReadme -Dalongside.screens=after}.
 */
@AlongsideTest
@EnabledIfSystemProperty(named = "alongside.screens", matches = "[a-z]+")
class ScreensForTheReadme extends BrowserTest {

    @Test
    void takesTheScreenshots() {
        String prefix = System.getProperty("alongside.screens");
        Path screens = Path.of("docs", "screens");
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        ContactNoteManagement notes = context.getBean(ContactNoteManagement.class);
        notes.writeSigned(
                org.workerA().viewer(),
                person,
                new NoteContent(
                        LocalDate.now().minusDays(9),
                        LocalTime.of(10, 0),
                        LocalTime.of(10, 40),
                        null,
                        ContactMode.WALK,
                        "Riverside park",
                        Set.of(Activity.SHARING_RESOURCES),
                        Set.of(),
                        List.of(),
                        "Walked to the food bank together and practised the bus route.",
                        "Getting out helps me think.",
                        "Call about the bus pass.",
                        LocalDate.now().minusDays(2)));
        context.getBean(CrisisPlanManagement.class)
                .revise(
                        org.workerA().viewer(),
                        person,
                        new CrisisPlanDocument(
                                null,
                                "Court dates; money worries",
                                "Not sleeping, skipping meals",
                                "A walk by the river with Dana",
                                "Sit with me, don't lecture",
                                null,
                                List.of(new CrisisPlanDocument.Contact("Ana", "555 0102", "Sister")),
                                List.of(new CrisisPlanDocument.Contact("Dr. Okafor", "555 0199", "Psychiatrist")),
                                "The peer respite on 5th Street",
                                List.of()),
                        0);
        try (BrowserContext session = sessionAt(375)) {
            Page page = session.newPage();
            signIn(page, org.workerA().email(), Fixtures.PASSWORD);
            shoot(page, "/", screens.resolve(prefix + "-today.png"));
            shoot(page, "/people/" + person, screens.resolve(prefix + "-person.png"));
            var draft = notes.startDraft(
                    org.workerA().viewer(),
                    person,
                    new NoteContent(
                            LocalDate.now(), null, null, null, null, null, null, null, null, null, null, null, null));
            shoot(page, "/people/" + person + "/notes/" + draft.id(), screens.resolve(prefix + "-note-form.png"));
            shoot(page, "/people/" + person + "/crisis-plan", screens.resolve(prefix + "-crisis-plan.png"));
        }
    }

    private void shoot(Page page, String path, Path file) {
        page.navigate(url(path));
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
