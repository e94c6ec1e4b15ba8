package org.alongside.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A group is set up, a session's attendance is taken, and signing it writes a group contact per attendee. */
@AlongsideTest
class GroupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Fixtures fixtures;
    Org org;
    String group;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, context);
        fixtures = new Fixtures(context);
        org = fixtures.org();
        String id = JsonPath.read(
                api.post(org.supervisorA(), "/api/v1/groups", """
                {"programId": "%s", "name": "Walk and talk", "type": "WELLNESS", "schedule": "Tuesdays 10:00",
                 "capacity": 3, "facilitatorIds": ["%s"]}""".formatted(
                                        org.programId(), org.workerA().id()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        group = "/api/v1/groups/" + id;
    }

    private String session(LocalDate date) throws Exception {
        String id = JsonPath.read(
                api.post(org.workerA(), group + "/sessions", """
                {"date": "%s", "start": "10:00", "end": "11:30", "topic": "Sleep and routines"}""".formatted(date))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        return group + "/sessions/" + id;
    }

    private MockHttpServletRequestBuilder attendanceForm(String page) {
        return MockMvcRequestBuilders.post(page + "/attendance")
                .with(user(org.workerA()))
                .with(csrf());
    }

    /** The session page's Save with its note, the ticked people, and "sign now". */
    private MockHttpServletRequestBuilder saveAndSign(String page, String... present) {
        return MockMvcRequestBuilders.post(page + "/sign")
                .with(user(org.workerA()))
                .with(csrf())
                .param("note", "We walked the river path.")
                .param("version", "0")
                .param("withAttendance", "true")
                .param("signNow", "true")
                .param("participantIds", present);
    }

    private String person(UUID id) {
        return "{\"participantId\": \"" + id + "\"}";
    }

    @Test
    void signingASessionWritesAGroupContactWithGroupUnitsForEachAttendee() throws Exception {
        api.post(org.workerA(), group + "/roster", person(org.personOfA().id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roster[0].id").value(org.personOfA().id().toString()));
        String session = session(LocalDate.now());
        api.post(org.workerA(), session + "/attendance", person(org.personOfA().id()))
                .andExpect(status().isOk());
        // Supervisor B may see only their own supervisee's person: the answer names them and counts the other.
        api.post(
                        org.supervisorB(),
                        session + "/attendance",
                        person(org.personOfB().id()))
                .andExpect(jsonPath("$.attendance.length()").value(1))
                .andExpect(jsonPath("$.othersPresent").value(1))
                .andExpect(jsonPath("$.attendance[0].walkIn").value(true))
                .andExpect(jsonPath("$.attendance[0].participantId")
                        .value(org.personOfB().id().toString()));
        // Worker A may not see the walk-in Supervisor B brought: signing would write into their record, so it is
        // refused like a missing record, recorded, and nothing is signed.
        api.post(org.workerA(), session + "/sign", "{\"version\": 0}").andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'contact.group' and outcome = 'DENIED'
                  and actor_id = :worker and subject_id = :b
                """)
                        .param("worker", org.workerA().id())
                        .param("b", org.personOfB().id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The program's administrator may see both people, and signs.
        api.post(org.admin(), session + "/sign", "{\"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.note").value("Write the group note before signing"));
        api.put(org.workerA(), session + "/note", "{\"note\": \"We shared what helps us sleep.\", \"version\": 0}")
                .andExpect(status().isOk());
        api.post(org.admin(), session + "/sign", "{\"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.signedName").value(org.admin().displayName()));
        String signedPage = mvc.perform(get(session.replace("/api/v1", "")).with(user(org.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signedPage)
                .contains("Signed by " + org.admin().displayName())
                .containsPattern("on [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}")
                .doesNotContain("on null");

        List<Map<String, Object>> contacts = jdbc.sql("""
                select participant_id, mode, minutes, billing_code, units, status, narrative from contact_note
                where group_session_id is not null and participant_id in (:a, :b) order by participant_id
                """)
                .param("a", org.personOfA().id())
                .param("b", org.personOfB().id())
                .query()
                .listOfRows();
        assertThat(contacts).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("mode")).isEqualTo("GROUP");
            assertThat(c.get("minutes")).isEqualTo(90);
            assertThat(c.get("billing_code")).isEqualTo("H0038-HQ");
            assertThat(c.get("units")).isEqualTo(6);
            assertThat(c.get("status")).isEqualTo("SIGNED");
            assertThat(c.get("narrative")).isEqualTo("We shared what helps us sleep.");
        });
        api.get(org.workerA(), "/api/v1/participants/" + org.personOfA().id() + "/contact-notes")
                .andExpect(jsonPath("$[0].billingCode").value("H0038-HQ"));
        String claims = api.get(
                        org.admin(),
                        "/api/v1/billing/contacts.csv?programId=" + org.programId() + "&from=" + LocalDate.now()
                                + "&to=" + LocalDate.now())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(claims)
                .as("a group contact is claimed as H0038 with the HQ modifier")
                .contains(org.personOfA().id() + "," + LocalDate.now() + ",90,Medicaid,H0038,HQ,11,6,");
        assertThat(api.auditCount("contact.group", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);

        api.post(org.admin(), session + "/sign", "{\"version\": 2}").andExpect(status().isConflict());
        api.post(org.workerA(), session + "/attendance", person(org.personOfA().id()))
                .andExpect(status().isConflict());
        api.delete(org.workerA(), session + "/attendance/" + org.personOfA().id())
                .andExpect(status().isConflict());
    }

    @Test
    void attendanceForSomeoneOutsideTheProgramIsRefusedAndNothingIsSaved() throws Exception {
        String session = session(LocalDate.now());
        Org other = fixtures.org();
        api.post(
                        org.workerA(),
                        session + "/attendance",
                        person(other.personOfA().id()))
                .andExpect(status().isNotFound());
        api.post(org.workerA(), session + "/attendance", person(org.personOfB().id()))
                .andExpect(status().isNotFound());
        api.post(org.workerA(), group + "/roster", person(other.personOfA().id()))
                .andExpect(status().isNotFound());

        ParticipantManagement participants = context.getBean(ParticipantManagement.class);
        ParticipantView discharged = participants.changeEnrolmentStatus(
                org.admin().viewer(),
                org.personOfA().id(),
                EnrolmentStatus.DISCHARGED,
                "Moved away",
                org.personOfA().version());
        assertThat(discharged.currentEnrolment().status()).isEqualTo(EnrolmentStatus.DISCHARGED);
        api.post(org.workerA(), session + "/attendance", person(org.personOfA().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.participantId")
                        .value("Only people enrolled in this group's program attend it"));
        api.post(org.workerA(), session + "/attendance", "{}").andExpect(status().isBadRequest());
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.attendance.length()").value(0));
    }

    @Test
    void aResentAttendanceOrSignRequestIsAnsweredOnceAndNothingIsDoubled() throws Exception {
        String session = session(LocalDate.now());
        String key = UUID.randomUUID().toString();
        api.postOnce(
                        org.workerA(),
                        session + "/attendance",
                        key,
                        person(org.personOfA().id()))
                .andExpect(status().isOk());
        api.postOnce(
                        org.workerA(),
                        session + "/attendance",
                        key,
                        person(org.personOfA().id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        api.postOnce(
                        org.workerA(),
                        session + "/attendance",
                        key,
                        person(org.personOfB().id()))
                .andExpect(status().isUnprocessableContent());
        api.post(org.workerA(), session + "/attendance", person(org.personOfA().id()))
                .andExpect(jsonPath("$.attendance.length()").value(1));
        // The replay reached nothing; the second, new request is an access of the person's record and is recorded.
        assertThat(api.auditCount("group.attendance", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(2);

        api.put(org.workerA(), session + "/note", "{\"note\": \"Good session.\", \"version\": 0}")
                .andExpect(status().isOk());
        String signKey = UUID.randomUUID().toString();
        api.postOnce(org.workerA(), session + "/sign", signKey, "{\"version\": 1}")
                .andExpect(status().isOk());
        api.postOnce(org.workerA(), session + "/sign", signKey, "{\"version\": 1}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql(
                                "select count(*) from contact_note where participant_id = :p and group_session_id is not null")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badGroupsAndSessionsAreNamedFieldByFieldAndAFullGroupSaysSo() throws Exception {
        api.post(org.supervisorA(), "/api/v1/groups", """
                {"programId": "%s", "name": " ", "type": "WELLNESS", "capacity": 0, "facilitatorIds": []}""".formatted(org.programId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Give the group a name"))
                .andExpect(jsonPath("$.errors.capacity").exists())
                .andExpect(jsonPath("$.errors.facilitatorIds").value("Name at least one facilitator"));
        api.post(org.workerA(), "/api/v1/groups", """
                {"programId": "%s", "name": "Mine", "type": "OTHER", "capacity": 5, "facilitatorIds": ["%s"]}""".formatted(
                                org.programId(), org.workerA().id()))
                .andExpect(status().isForbidden());
        api.post(org.workerA(), group + "/sessions", """
                {"date": "%s", "start": "11:00", "end": "10:00", "topic": ""}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.end").value("The end time is after the start time"))
                .andExpect(jsonPath("$.errors.topic").value("Enter the session's topic"));

        String session = session(LocalDate.now());
        for (int i = 0; i < 3; i++) {
            ParticipantView extra = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Guest " + i);
            api.post(org.workerA(), session + "/attendance", person(extra.id())).andExpect(status().isOk());
        }
        api.post(org.workerA(), session + "/attendance", person(org.personOfA().id()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The group is full: its capacity is 3"));
        String future = session(LocalDate.now().plusDays(7));
        api.post(org.workerA(), future + "/attendance", person(org.personOfA().id()))
                .andExpect(status().isOk());
        api.put(org.workerA(), future + "/note", "{\"note\": \"Planned.\", \"version\": 0}")
                .andExpect(status().isOk());
        api.post(org.workerA(), future + "/sign", "{\"version\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").exists());
    }

    @Test
    void theAttendanceFormMarksExactlyTheTickedRosterMembersAndRefusesOthers() throws Exception {
        ParticipantView second =
                fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Second " + UUID.randomUUID());
        api.post(org.workerA(), group + "/roster", person(org.personOfA().id())).andExpect(status().isOk());
        api.post(org.workerA(), group + "/roster", person(second.id())).andExpect(status().isOk());
        String session = session(LocalDate.now());
        String page = session.replace("/api/v1", "");
        mvc.perform(attendanceForm(page)
                        .param(
                                "participantIds",
                                org.personOfA().id().toString(),
                                second.id().toString()))
                .andExpect(status().is3xxRedirection());
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.attendance.length()").value(2));
        mvc.perform(attendanceForm(page).param("participantIds", second.id().toString()))
                .andExpect(status().is3xxRedirection());
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.attendance.length()").value(1))
                .andExpect(jsonPath("$.attendance[0].participantId")
                        .value(second.id().toString()));
        assertThat(api.auditCount("group.attendance.remove", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(1);
        ParticipantView offTheRoster =
                fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Third " + UUID.randomUUID());
        mvc.perform(attendanceForm(page)
                        .param("participantIds", offTheRoster.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose people on the roster")));
        // someone the worker may not see is refused as unknown, never told apart by the roster
        mvc.perform(attendanceForm(page)
                        .param("participantIds", org.personOfB().id().toString()))
                .andExpect(status().isNotFound());
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.attendance.length()").value(1));
    }

    @Test
    void theSessionPagesSaveIsAllOrNothingTheNoteIsNotKeptWhenTheAttendanceIsRefused() throws Exception {
        api.post(org.workerA(), group + "/roster", person(org.personOfA().id())).andExpect(status().isOk());
        ParticipantView offTheRoster =
                fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Off roster " + UUID.randomUUID());
        String session = session(LocalDate.now());
        String page = session.replace("/api/v1", "");
        mvc.perform(saveAndSign(
                        page, org.personOfA().id().toString(), offTheRoster.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose people on the roster")))
                .andExpect(content().string(containsString("We walked the river path.")));
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.note").doesNotExist())
                .andExpect(jsonPath("$.attendance.length()").value(0))
                .andExpect(jsonPath("$.signed").value(false))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(saveAndSign(page, org.personOfA().id().toString())).andExpect(status().is3xxRedirection());
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.note").value("We walked the river path."))
                .andExpect(jsonPath("$.attendance.length()").value(1))
                .andExpect(jsonPath("$.signed").value(true));
        assertThat(jdbc.sql("select count(*) from contact_note where participant_id = :p and status = 'SIGNED'")
                        .param("p", org.personOfA().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void theRosterAndAttendanceNameOnlyPeopleTheViewerMaySeeAndCountTheOthers() throws Exception {
        api.post(org.workerA(), group + "/roster", person(org.personOfA().id())).andExpect(status().isOk());
        api.post(org.workerA(), group + "/roster", person(org.personOfB().id())).andExpect(status().isNotFound());
        assertThat(api.auditCountByActor("group.roster", org.workerA().id(), "DENIED"))
                .as("adding someone one may not see is refused and recorded")
                .isEqualTo(1);
        api.post(org.supervisorB(), group + "/roster", person(org.personOfB().id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roster.length()").value(1))
                .andExpect(jsonPath("$.othersOnRoster").value(1));
        String asWorkerA = api.get(org.workerA(), group)
                .andExpect(jsonPath("$.roster.length()").value(1))
                .andExpect(jsonPath("$.roster[0].id").value(org.personOfA().id().toString()))
                .andExpect(jsonPath("$.othersOnRoster").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asWorkerA)
                .doesNotContain(org.personOfB().id().toString())
                .doesNotContain(org.personOfB().details().preferredName());
        String page = mvc.perform(
                        MockMvcRequestBuilders.get(group.replace("/api/v1", "")).with(user(org.workerA())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(org.personOfB().details().preferredName())
                .contains("1 more person");

        // Supervisor B marks their person present; Worker A's attendance form (only their own person
        // ticked) leaves the person they cannot see as marked.
        String session = session(LocalDate.now());
        api.post(
                        org.supervisorB(),
                        session + "/attendance",
                        person(org.personOfB().id()))
                .andExpect(status().isOk());
        mvc.perform(attendanceForm(session.replace("/api/v1", ""))
                        .param("participantIds", org.personOfA().id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from group_attendance where session_id = :s")
                        .param("s", UUID.fromString(session.substring(session.lastIndexOf('/') + 1)))
                        .query(Long.class)
                        .single())
                .as("both are marked")
                .isEqualTo(2);
        api.get(org.workerA(), session)
                .andExpect(jsonPath("$.attendance.length()").value(1))
                .andExpect(jsonPath("$.othersPresent").value(1));
    }
}
