package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators add, edit and retire resources in the pages: hours per weekday become HSDS
 * weekly schedules, an edit replaces what the form holds and keeps what it does not (a monthly
 * schedule), a refused form names each problem and saves nothing, and retiring never deletes.
 */
@AlongsideTest
class ResourcePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;
    CurrentUser worker;
    String name;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(context);
        admin = fixtures.account("res-admin-" + System.nanoTime(), "Resource Admin", Role.ADMIN);
        worker = fixtures.account("res-worker-" + System.nanoTime(), "Resource Reader", Role.PEER_WORKER);
        name = "Juniper Kitchen " + System.nanoTime();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser as, String language)
            throws Exception {
        return mvc.perform(request.header("Accept-Language", language)
                        .with(user(as))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** The form as an administrator fills it in, with some fields typed differently ({@code changes}: name, value, ...). */
    private MockHttpServletRequestBuilder form(String url, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("organization", "Juniper Neighbours");
        fields.put("description", "Hot meals and a pantry shelf");
        fields.put("dimensions", "PHYSICAL");
        fields.put("phone", "555 0142");
        fields.put("street", "12 Elm Street");
        fields.put("city", "Springfield");
        fields.put("region", "IL");
        fields.put("postcode", "62704");
        fields.put("latitude", "39.78");
        fields.put("longitude", "-89.65");
        fields.put("free", "true");
        fields.put("documents", "A photo ID\nA piece of mail with your address");
        fields.put("opens-MONDAY", "09:00");
        fields.put("closes-MONDAY", "17:00");
        fields.put("opens-SATURDAY", "18:00");
        fields.put("closes-SATURDAY", "00:00");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).param("needs", "food").param("languages", "en", "es");
        fields.forEach(request::param);
        return request;
    }

    private UUID add() throws Exception {
        MockHttpServletResponse added = send(form("/admin/directory/services"), admin, "en");
        assertThat(added.getStatus()).isEqualTo(302);
        return UUID.fromString(added.getRedirectedUrl().substring("/directory/services/".length()));
    }

    private List<String> weekdays(UUID service) {
        return jdbc.sql(
                        "select byday || ' ' || opens_at || '-' || closes_at from hsds_schedule where service_id = :s order by byday")
                .param("s", service)
                .query(String.class)
                .list();
    }

    @Test
    void anAddedResourceIsFoundWithItsHoursPerWeekdayAndEverythingTheFormSaid() throws Exception {
        UUID id = add();
        assertThat(weekdays(id)).containsExactly("MO 09:00-17:00", "SA 18:00-00:00");
        String page = send(get("/directory/services/" + id), worker, "en").getContentAsString();
        assertThat(page)
                .contains(name)
                .contains("Juniper Neighbours")
                .contains("555 0142")
                .contains("12 Elm Street")
                .contains("A piece of mail with your address")
                .contains("–midnight");
        String found = send(get("/directory?q=" + name.replace(' ', '+')), worker, "en")
                .getContentAsString();
        assertThat(found).contains("/directory/services/" + id);
        String edit = send(get("/admin/directory/services/" + id + "/edit"), admin, "en")
                .getContentAsString();
        assertThat(edit)
                .contains("value=\"09:00\"")
                .contains("A photo ID\nA piece of mail with your address")
                .contains("value=\"food\" checked");
    }

    @Test
    void anEditReplacesWhatTheFormHoldsAndKeepsAMonthlyScheduleItDoesNotShow() throws Exception {
        UUID id = add();
        jdbc.sql("""
                insert into hsds_schedule (id, service_id, freq, byday, opens_at, closes_at)
                values (:id, :s, 'MONTHLY', '2MO', '10:00', '12:00')""").param("id", UUID.randomUUID()).param("s", id).update();
        MockHttpServletResponse saved = send(
                form(
                        "/admin/directory/services/" + id,
                        "name",
                        name + " and Pantry",
                        "opens-MONDAY",
                        "",
                        "closes-MONDAY",
                        "",
                        "opens-TUESDAY",
                        "08:30",
                        "closes-TUESDAY",
                        "12:00"),
                admin,
                "en");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(weekdays(id)).containsExactly("2MO 10:00-12:00", "SA 18:00-00:00", "TU 08:30-12:00");
        assertThat(jdbc.sql("select count(*) from hsds_phone where service_id = :s")
                        .param("s", id)
                        .query(Long.class)
                        .single())
                .as("the phone is replaced, not added again")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from hsds_service_at_location where service_id = :s")
                        .param("s", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRefusedFormNamesEachProblemBesideItsFieldInSpanishKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from hsds_service").query(Long.class).single();
        MockHttpServletResponse refused = send(
                form(
                        "/admin/directory/services",
                        "name",
                        "",
                        "email",
                        "not an address",
                        "opens-WEDNESDAY",
                        "17:00",
                        "closes-WEDNESDAY",
                        "09:00",
                        "latitude",
                        "north"),
                admin,
                "es");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"name-error\"")
                .contains("Escriba el nombre del servicio")
                .contains("id=\"email-error\"")
                .contains("id=\"hours-WEDNESDAY-error\"")
                .contains("Cierra después de abrir (00:00 para medianoche)")
                .contains("id=\"latitude-error\"")
                .contains("value=\"17:00\"")
                .contains("12 Elm Street");
        assertThat(jdbc.sql("select count(*) from hsds_service")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aTemporarilyClosedResourceIsFoundSaysSoAndCanStillBeReferredToForTheNeedSearched() throws Exception {
        UUID id = add();
        assertThat(send(
                                post("/admin/directory/services/" + id + "/status")
                                        .param("status", "temporarily closed"),
                                admin,
                                "en")
                        .getStatus())
                .isEqualTo(302);
        Fixtures.Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        String results = send(
                        get("/directory?need=food&q=" + name.replace(' ', '+') + "&for=" + person), org.workerA(), "en")
                .getContentAsString();
        assertThat(results)
                .contains("Finding a service for " + org.personOfA().details().preferredName());
        String result = results.substring(results.indexOf("/directory/services/" + id));
        assertThat(result.substring(0, result.indexOf("</li>")))
                .startsWith("/directory/services/" + id + "?for=" + person + "&amp;need=food\"")
                .contains(name)
                .contains("Juniper Neighbours")
                .contains("Temporarily closed")
                .contains("href=\"tel:555 0142\"")
                .contains("12 Elm Street")
                .contains("href=\"/referrals/new?service=" + id + "&amp;for=" + person + "&amp;need=food\"")
                .contains("aria-label=\"Refer to " + name + "\"");
    }

    @Test
    void aRetiredResourceStaysWithItsStatusAndLeavesTheSearch() throws Exception {
        UUID id = add();
        assertThat(send(post("/admin/directory/services/" + id + "/status").param("status", "defunct"), admin, "en")
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("select status from hsds_service where id = :s")
                        .param("s", id)
                        .query(String.class)
                        .single())
                .isEqualTo("defunct");
        assertThat(send(get("/directory/services/" + id), worker, "en").getContentAsString())
                .contains("No longer offered.")
                .doesNotContain("/referrals/new");
        assertThat(send(get("/directory?q=" + name.replace(' ', '+')), worker, "en")
                        .getContentAsString())
                .doesNotContain("/directory/services/" + id);
        MockHttpServletResponse unknown =
                send(post("/admin/directory/services/" + id + "/status").param("status", "deleted"), admin, "en");
        assertThat(unknown.getContentAsString()).contains("Choose active, temporarily closed, inactive or defunct");
    }

    @Test
    void anyProgramsAdministratorMayChangeTheSharedDirectoryAndTheTrailNamesTheirProgram() throws Exception {
        Fixtures.Org org = new Fixtures(context).org();
        UUID id = add();
        assertThat(send(
                                post("/admin/directory/services/" + id + "/status")
                                        .param("status", "inactive"),
                                org.admin(),
                                "en")
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("""
                        select detail from audit_event
                        where action = 'directory.resource-status' and subject_id = :s and actor_id = :a
                        """)
                        .param("s", id.toString())
                        .param("a", org.admin().id())
                        .query(String.class)
                        .single())
                .contains("status=inactive", "programs=[" + org.programId() + "]");
    }

    @Test
    void onlyAnAdministratorChangesTheDirectory() throws Exception {
        long before =
                jdbc.sql("select count(*) from hsds_service").query(Long.class).single();
        assertThat(send(form("/admin/directory/services"), worker, "en").getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from hsds_service")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(send(get("/directory/services/" + Fixtures.aDirectoryService(context)), worker, "en")
                        .getContentAsString())
                .doesNotContain("/edit");
    }

    @Test
    void overTheApiAnAdministratorAddsAndRetiresAResourceAndBadHoursAre400NamingTheDay() throws Exception {
        ApiSupport api = new ApiSupport(mvc, context);
        String body = """
                {"organization": "Juniper Neighbours", "name": "%s", "needs": ["food"], "free": true,
                 "hours": {"FRIDAY": {"opens": "10:00", "closes": "14:00"}}}""".formatted(name);
        String location = api.post(admin, "/api/v1/directory/services", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hours.FRIDAY.opens").value("10:00:00"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        api.post(admin, location + "/status", "{\"status\": \"inactive\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("inactive"));
        api.put(admin, location, body.replace("14:00", "09:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.hours-FRIDAY").value("It closes after it opens (00:00 for midnight)"));
        api.post(worker, "/api/v1/directory/services", body).andExpect(status().is4xxClientError());
        api.get(worker, location).andExpect(status().is4xxClientError());
    }
}
