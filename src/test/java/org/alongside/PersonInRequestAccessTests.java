package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.Fixtures.Org;
import org.alongside.PersonCarriers.Carrier;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.groups.GroupManagement;
import org.alongside.groups.GroupType;
import org.alongside.groups.SessionView;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint walker for handlers that carry the person outside {@code /people/{id}}: in a query
 * parameter, a form field, a JSON body, or a path elsewhere (the referral form's {@code for}, a new
 * referral, co-signing from the queue, a group's roster and attendance, the directory searched for
 * someone). Found from the handler methods by {@link PersonCarriers}, each is walked as the three
 * outsiders of the path walker, each with a group and session of their own they may work in, and
 * must answer 404 with exactly one DENIED row about the person, changing nothing. Seen failing
 * before this change on the directory searched for someone (200: no gate at all) and on the
 * group attendance form (200 with a roster message, no DENIED row).
 */
@AlongsideTest
class PersonInRequestAccessTests {

    /**
     * Lists filtered by a person answer like an empty result, never a 404 (the audit trail); the
     * audit scope tests walk them. The choices take a typed name, not an id.
     */
    static final Set<String> FILTERS = Set.of("/admin/audit", "/admin/audit/choices", "/api/v1/audit/events");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GroupManagement groups;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiSupport api;
    Fixtures fixtures;
    Org org;
    UUID person;
    UUID note;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        fixtures = new Fixtures(context);
        org = fixtures.org();
        person = org.personOfA().id();
        note = context.getBean(ContactNoteManagement.class)
                .startDraft(org.workerA().viewer(), person, Fixtures.blankDraft())
                .id();
    }

    List<Carrier> carriers() {
        return PersonCarriers.find(mappings).stream()
                .filter(c -> !FILTERS.contains(c.pattern()))
                .toList();
    }

    @Test
    void everyHandlerCarryingAPersonOutsideThePersonsPathIsFound() {
        assertThat(PersonCarriers.find(mappings))
                .extracting(c -> c.method() + " " + c.pattern())
                .contains(
                        "GET /referrals/new",
                        "POST /referrals",
                        "POST /review/cosign",
                        "POST /groups/{groupId}/roster",
                        "POST /api/v1/groups/{groupId}/roster",
                        "POST /groups/{groupId}/sessions/{sessionId}/attendance",
                        "POST /api/v1/groups/{groupId}/sessions/{sessionId}/attendance",
                        "DELETE /api/v1/groups/{groupId}/sessions/{sessionId}/attendance/{participantId}",
                        "POST /groups/{groupId}/sessions/{sessionId}/walk-ins",
                        "POST /groups/{groupId}/sessions/{sessionId}/sign",
                        "GET /directory",
                        "GET /directory/services/{id}",
                        "GET /api/v1/audit/events");
    }

    @Test
    void aPeerWorkerWithoutAccessGets404FromEachAndChangesNothing() throws Exception {
        walk(org.workerB(), placeOf(org, org.supervisorB(), org.workerB()));
    }

    @Test
    void aSupervisorOfSomeoneElseGets404FromEachAndChangesNothing() throws Exception {
        walk(org.supervisorB(), placeOf(org, org.supervisorB(), org.workerB()));
    }

    @Test
    void anAdministratorOfAnotherProgramGets404FromEachAndChangesNothing() throws Exception {
        Org other = fixtures.org();
        walk(other.admin(), placeOf(other, other.supervisorA(), other.workerA()));
    }

    /** Where an outsider may work: a group of their own program with a session today, and a service. */
    record Place(UUID group, SessionView session, UUID service) {}

    private Place placeOf(Org where, CurrentUser runner, CurrentUser facilitator) {
        var group = groups.create(
                runner.viewer(),
                new GroupManagement.NewGroup(
                        where.programId(),
                        "Walk circle",
                        GroupType.MUTUAL_SUPPORT,
                        null,
                        10,
                        List.of(facilitator.id())));
        SessionView session = groups.startSession(
                facilitator.viewer(),
                group.id(),
                new GroupManagement.NewSession(LocalDate.now(), LocalTime.of(10, 0), LocalTime.of(11, 0), "Hope"));
        return new Place(group.id(), session, Fixtures.aDirectoryService(context));
    }

    private void walk(CurrentUser outsider, Place place) throws Exception {
        long referralsBefore = count("select count(*) from referral where participant_id = :p");
        for (Carrier carrier : carriers()) {
            String path = carrier.pattern()
                    .replace("{groupId}", place.group().toString())
                    .replace("{sessionId}", place.session().id().toString())
                    .replace("{participantId}", person.toString())
                    .replace("{id}", place.service().toString())
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(carrier.method(), path)
                    .param("service", place.service().toString())
                    .param("serviceId", place.service().toString())
                    .param("version", Long.toString(place.session().version()))
                    .param("withAttendance", "true");
            for (String param : carrier.params()) {
                if (!param.startsWith("{")) {
                    request.param(param, "notes".equals(param) ? person + "/" + note : person.toString());
                }
            }
            if (carrier.isApi()) {
                request.header("Authorization", "Bearer " + api.token(outsider));
                if (carrier.body() != null) {
                    request.contentType(MediaType.APPLICATION_JSON).content(json(carrier, place));
                }
            } else {
                request.with(user(outsider)).with(csrf());
            }
            long deniedBefore = api.deniedAbout(outsider, person);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as(carrier.toString()).isEqualTo(404);
            assertThat(api.deniedAbout(outsider, person))
                    .as("one DENIED row about the person for " + carrier)
                    .isEqualTo(deniedBefore + 1);
        }
        assertThat(count("select count(*) from recovery_group_member where participant_id = :p"))
                .as("on no roster")
                .isZero();
        assertThat(count("select count(*) from group_attendance where participant_id = :p"))
                .as("marked present nowhere")
                .isZero();
        assertThat(count("select count(*) from referral where participant_id = :p"))
                .as("no referral made")
                .isEqualTo(referralsBefore);
        assertThat(count("select count(*) from contact_note where participant_id = :p and version > 0"))
                .as("the note is unchanged")
                .isZero();
    }

    /** The body's person fields name the person; its other fields get plain values of their type. */
    private String json(Carrier carrier, Place place) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : carrier.body().getRecordComponents()) {
            Class<?> type = component.getType();
            Object value = carrier.bodyFields().contains(component.getName())
                    ? person.toString()
                    : type == UUID.class
                            ? UUID.randomUUID().toString()
                            : type == Long.class || type == long.class
                                    ? place.session().version()
                                    : type == String.class ? "x" : null;
            body.put(component.getName(), value);
        }
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("p", person).query(Long.class).single();
    }
}
