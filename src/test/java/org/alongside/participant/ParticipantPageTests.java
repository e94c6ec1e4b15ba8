package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.NoteContent;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The participant pages: edits, transfers, status changes and deactivation, with their messages. */
@AlongsideTest
class ParticipantPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantManagement participants;

    Org org;
    UUID id;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        id = org.personOfA().id();
    }

    private String page(CurrentUser as, String path) throws Exception {
        return mvc.perform(get(path).with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void everyPhoneNumberIsATapToCallLinkWithATextLinkBesideItAndEmailIsAMailLink() throws Exception {
        String body = """
                {"preferredName": "Tap Test", "contactMethods": [
                   {"kind": "PHONE", "value": "(555) 010-2030", "preferred": true, "safeToLeaveMessage": true},
                   {"kind": "EMAIL", "value": "tap@example.org", "preferred": false, "safeToLeaveMessage": false}],
                 "supportContacts": [{"name": "Ana", "relationship": "Sister", "phone": "+1 555 0102"}],
                 "programId": "%s", "primaryWorkerId": "%s"}""".formatted(org.programId(), org.workerA().id());
        String created = new ApiSupport(mvc, context)
                .post(org.workerA(), "/api/v1/participants", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String person = JsonPath.read(created, "$.id");
        String page = page(org.workerA(), "/people/" + person);
        assertThat(page)
                .contains("href=\"tel:5550102030\"", "href=\"sms:5550102030\"", ">(555) 010-2030</a>")
                .contains("href=\"tel:+15550102\"", "href=\"sms:+15550102\"")
                .contains("href=\"mailto:tap@example.org\"");
        assertThat(page(org.workerA(), "/people/" + person + "/crisis-plan"))
                .contains("href=\"tel:988\"", "href=\"sms:988\"");
    }

    @Test
    void thePersonsPageOpensAsASummaryAndTheAdministrativeFormsAreOnTheirOwnPage() throws Exception {
        ContactNoteManagement notes = context.getBean(ContactNoteManagement.class);
        notes.writeSigned(
                org.workerA().viewer(),
                id,
                new NoteContent(
                        LocalDate.now().minusDays(3),
                        LocalTime.of(10, 0),
                        LocalTime.of(10, 30),
                        null,
                        ContactMode.WALK,
                        null,
                        Set.of(Activity.SHARING_RESOURCES),
                        Set.of(),
                        List.of(),
                        "Walked to the library",
                        null,
                        "Ask about the reading group",
                        LocalDate.now().plusDays(4)));
        RecoveryPlanManagement plans = context.getBean(RecoveryPlanManagement.class);
        plans.addGoal(
                org.workerA().viewer(),
                id,
                UUID.randomUUID(),
                "Get my library card back",
                Set.of(WellnessDimension.INTELLECTUAL),
                null,
                0);

        String page = page(org.workerA(), "/people/" + id);

        assertThat(page)
                .contains("Next follow-up", "Ask about the reading group")
                .contains(">Walk<")
                .contains("Get my library card back")
                .contains("Not written yet.")
                .contains("href=\"/people/" + id + "/record\"")
                .doesNotContain("Make inactive", "Transfer to peer worker", "Change enrolment status");
        assertThat(page(org.supervisorA(), "/people/" + id + "/record"))
                .contains("Make inactive", "Transfer to peer worker", "Change enrolment status");
    }

    @Test
    void anEditFromAStaleFormIsRefusedWithAMessageAndNothingIsOverwritten() throws Exception {
        mvc.perform(post("/people/" + id + "/edit")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("preferredName", "Sol")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people/" + id));
        String refused = mvc.perform(post("/people/" + id + "/edit")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .param("preferredName", "Solomon")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("was changed by someone else since you opened it. Nothing was overwritten");
        assertThat(participants.get(org.workerA().viewer(), id).details().preferredName())
                .isEqualTo("Sol");
    }

    @Test
    void anOverLongNameIsNamedBesideTheFieldAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/people/" + id + "/edit")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("preferredName", "x".repeat(201))
                        .param("version", "0")
                        .param("dateOfBirth", "1990-02-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"dateOfBirth-error\"").contains("Enter a real date");
        String html2 = mvc.perform(post("/people/" + id + "/edit")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("preferredName", "x".repeat(201))
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html2).contains("id=\"preferredName-error\"").contains("Use at most 200 characters");
        assertThat(participants.get(org.workerA().viewer(), id).version()).isZero();
    }

    @Test
    void aSupervisorTransfersAPersonAndTheHistoryIsKept() throws Exception {
        mvc.perform(post("/people/" + id + "/transfer")
                        .with(user(org.supervisorA()))
                        .with(csrf())
                        .param("workerId", org.workerB().id().toString())
                        .param("reason", "Closer to home")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people/" + id + "/record"));
        ParticipantView view = participants.get(org.workerB().viewer(), id);
        assertThat(view.primaryWorkerId()).isEqualTo(org.workerB().id());
        assertThat(view.assignments()).hasSize(2);
        assertThat(view.assignments().get(0).endedAt()).isNotNull();
        assertThat(view.assignments().get(1).reason()).isEqualTo("Closer to home");
        assertThat(new ApiSupport(mvc, context).auditCount("participant.transfer", id, "SUCCESS"))
                .isEqualTo(1);
        mvc.perform(get("/people/" + id).with(user(org.workerA()))).andExpect(status().isNotFound());
    }

    @Test
    void aPeerWorkerCannotTransferTheirOwnCaseload() throws Exception {
        mvc.perform(post("/people/" + id + "/transfer")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("workerId", org.workerB().id().toString())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(participants.get(org.workerA().viewer(), id).primaryWorkerId())
                .isEqualTo(org.workerA().id());
    }

    @Test
    void dischargeNeedsAReasonAndThenEndsTheEnrolment() throws Exception {
        String refused = mvc.perform(post("/people/" + id + "/status")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("status", "DISCHARGED")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Say why the enrolment ends");
        mvc.perform(post("/people/" + id + "/status")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("status", "DISCHARGED")
                        .param("reason", "Moved to another city")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people/" + id + "/record"));
        ParticipantView view = participants.get(org.workerA().viewer(), id);
        assertThat(view.currentEnrolment().status()).isEqualTo(EnrolmentStatus.DISCHARGED);
        assertThat(view.currentEnrolment().dischargeReason()).isEqualTo("Moved to another city");
        assertThat(view.currentEnrolment().endedOn()).isNotNull();
    }

    @Test
    void deactivatingKeepsTheRecordAndRemovesItFromTheCaseload() throws Exception {
        mvc.perform(post("/people/" + id + "/deactivate")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("reason", "Asked us to close their record")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people/" + id + "/record"));
        assertThat(page(org.workerA(), "/people/" + id))
                .contains("This record is inactive")
                .contains("Asked us to close their record");
        assertThat(page(org.workerA(), "/people")).doesNotContain("/people/" + id);
    }

    @Test
    void addingAPersonWithoutProgramOrWorkerNamesBothFields() throws Exception {
        String html = mvc.perform(post("/people")
                        .with(user(org.workerA()))
                        .with(csrf())
                        .param("preferredName", "Kai")
                        .param("contacts[0].kind", "PHONE")
                        .param("contacts[0].value", "not a phone"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"contacts[0].value-error\"");
        String html2 = mvc.perform(
                        post("/people").with(user(org.workerA())).with(csrf()).param("preferredName", "Kai"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html2).contains("id=\"programId-error\"");
    }
}
