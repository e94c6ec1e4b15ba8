package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.Response.CompletedBy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's measures page over HTTP: what it shows follows every new score and life event, in the
 * reader's language, and someone else's person is not found. (It guarded a cache of the page's drawn
 * record, tried and taken out again when it saved nothing measurable; it stays for whatever comes next.)
 */
@AlongsideTest
class MeasuresPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Measures measures;

    @Autowired
    LifeEvents lifeEvents;

    @Autowired
    Clock clock;

    private String page(Org org, UUID person) throws Exception {
        return page(org, person, "en");
    }

    private String page(Org org, UUID person, String language) throws Exception {
        return mvc.perform(get("/people/" + person + "/measures")
                        .header("Accept-Language", language)
                        .with(user(org.workerA())))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The page's own part (the layout around it carries a fresh nonce each time). */
    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private void phq9(Org org, UUID person, int total, LocalDate on) {
        Map<String, Integer> answers = new HashMap<>();
        int left = total;
        for (int n = 1; n <= 9; n++) {
            int value = n == 9 ? 0 : Math.min(3, left);
            answers.put(String.valueOf(n), value);
            left -= value;
        }
        measures.record(
                org.workerA().viewer(),
                person,
                new Measures.ResponseForm("phq-9", on, CompletedBy.WITH_STAFF, answers));
    }

    @Test
    void thePageShowsEachNewScoreAndLifeEventAndSpeaksTheReadersLanguage() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        LocalDate today = LocalDate.now(clock);

        String first = page(org, person);
        assertThat(first).contains("No questionnaires yet.").contains("None recorded yet.");
        assertThat(main(page(org, person))).as("drawn again, the same").isEqualTo(main(first));

        phq9(org, person, 17, today.minusDays(90));
        String one = page(org, person);
        assertThat(one).doesNotContain("No questionnaires yet.").contains("<td>17</td>");
        assertThat(one).doesNotContain("canvas").as("one score draws no chart");

        phq9(org, person, 9, today.minusDays(2));
        String two = page(org, person);
        assertThat(two).contains("<td>17</td>").contains("<td>9</td>").contains("data-scores=");
        assertThat(two).contains("/people/" + person + "/life-events/new");

        lifeEvents.record(
                org.workerA().viewer(),
                person,
                new LifeEvents.EventForm(LifeEvent.Kind.HOUSING, "STABLE", today.minusDays(30), null, null));
        assertThat(page(org, person)).contains("Housing now: stable housing").doesNotContain("None recorded yet.");

        String spanish = page(org, person, "es");
        assertThat(spanish).contains("Acontecimientos de vida").contains("Vivienda actual: vivienda estable");
        assertThat(spanish).doesNotContain("Life events");
    }

    @Test
    void anotherWorkersPersonIsNotFoundEvenRightAfterTheirWorkerReadThePage() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        assertThat(page(org, person)).contains("None recorded yet.");
        int status = mvc.perform(get("/people/" + person + "/measures").with(user(org.workerB())))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(404);
    }
}
