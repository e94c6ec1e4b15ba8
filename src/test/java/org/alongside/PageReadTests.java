package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.Fixtures.Org;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One gate pass per page: every page about one person (the header included), found from the
 * handler mappings, is one access check at most and exactly one audit row about that person.
 * Thirteen of them passed the gate twice (or three times) before a module's page read returned the
 * person with its own part.
 */
@AlongsideTest
class PageReadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecoveryPlanManagement plans;

    @Test
    void eachPageAboutOnePersonChecksAccessAtMostOnceAndLeavesOneAuditRow() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        UUID person = org.personOfA().id();
        String base = "/api/v1/participants/" + person;
        String note = JsonPath.read(
                api.post(
                                org.workerA(),
                                base + "/contact-notes",
                                "{\"content\": {\"narrative\": \"Walked to the park\"}}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        plans.addGoal(
                org.workerA().viewer(),
                person,
                UUID.randomUUID(),
                "Back to work",
                Set.of(WellnessDimension.OCCUPATIONAL),
                null,
                0);
        plans.addGoal(
                org.workerA().viewer(),
                person,
                UUID.randomUUID(),
                "Cook twice a week",
                Set.of(WellnessDimension.PHYSICAL),
                null,
                1);
        String first = check(api, org, base, LocalDate.now().minusDays(7));
        String second = check(api, org, base, LocalDate.now());
        String referral = JsonPath.read(
                api.post(org.workerA(), base + "/referrals", """
                                {"serviceId": "%s", "need": "food", "contact": "WORKER_GOES_WITH"}""".formatted(Fixtures.aDirectoryService(context)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String response = JsonPath.read(
                api.post(org.workerA(), base + "/responses", """
                                {"instrumentId": "phq-9", "answers": {"1": 1, "9": 1}}""")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String consent = JsonPath.read(
                api.post(org.workerA(), base + "/consents", """
                                {"personName": "Rosa Díaz", "discloser": "This program", "information": ["REFERRALS"],
                                 "recipients": [{"kind": "ORGANISATION", "name": "Harbor Housing"}],
                                 "purpose": "To connect me", "revocation": "By telling my peer worker",
                                 "expiryEvent": "When I leave the program", "signature": {"name": "Rosa Díaz"},
                                 "signedOn": "%s"}""".formatted(
                                        LocalDate.now(context.getBean(java.time.Clock.class))))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        // every page about one person the handler mappings know, found by themselves
        List<String> urls = HandlerEndpoints.under(mappings, "/people/{id}").stream()
                .filter(endpoint -> endpoint.method() == HttpMethod.GET)
                .map(endpoint -> endpoint.pattern()
                        .replace("{id}", person.toString())
                        .replace("{noteId}", note)
                        .replace("{referralId}", referral)
                        .replace("{number}", "1")
                        .replace("{instrument}", "phq-9")
                        .replace("{response}", response)
                        .replace("{consentId}", consent))
                .map(url -> url.endsWith("/wellness")
                        ? url + "?first=" + first + "&second=" + second
                        : url.endsWith("/plan/history") ? url + "?from=1&to=2" : url)
                .toList();
        assertThat(urls)
                .as("the pages this walk reaches")
                .hasSizeGreaterThanOrEqualTo(18)
                .allMatch(url -> !url.contains("{"));
        for (String url : urls) {
            long before = rowsAbout(person);
            int[] status = {0};
            List<String> sent = StatementCounter.statements(() -> status[0] = mvc.perform(
                            get(url).header("Accept-Language", "en").with(user(org.workerA())))
                    .andReturn()
                    .getResponse()
                    .getStatus());
            assertThat(status[0]).as(url).isBetween(200, 399);
            long checks = sent.stream()
                    .filter(sql -> sql.contains("from participant p where p.id = ") && sql.contains("exists"))
                    .count();
            assertThat(checks).as("access checks for " + url).isLessThanOrEqualTo(1);
            assertThat(rowsAbout(person) - before).as("audit rows for " + url).isEqualTo(1);
        }
    }

    @Test
    void theCaseloadAndTheRemindersOfEveryModuleAreOneGatedList() throws Exception {
        Org org = new Fixtures(context).org();
        long before = rowsBy(org.workerA().id());
        String page = mvc.perform(get("/people").header("Accept-Language", "en").with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(org.personOfA().details().preferredName());
        assertThat(rowsBy(org.workerA().id()) - before)
                .as("one audited list; the reminders are read inside it")
                .isEqualTo(1);
    }

    private long rowsBy(UUID actor) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :a")
                .param("a", actor)
                .query(Long.class)
                .single();
    }

    private long rowsAbout(UUID person) {
        return jdbc.sql("select count(*) from audit_event where participant_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    private static String check(ApiSupport api, Org org, String base, LocalDate day) throws Exception {
        String ratings = Arrays.stream(WellnessDimension.values())
                .map(d -> "{\"dimension\": \"" + d.name() + "\", \"rating\": 5}")
                .collect(Collectors.joining(", "));
        return JsonPath.read(
                api.post(
                                org.workerA(),
                                base + "/wellness-checks",
                                "{\"takenOn\": \"" + day + "\", \"ratings\": [" + ratings + "]}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
