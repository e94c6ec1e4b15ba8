package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Purpose;
import org.alongside.shared.TestAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What leaves the program goes through the gate's disclosure path: one accounting row per person,
 * with recipient, purpose and parts, in the same transaction as the SUCCESS audit row; a refused,
 * malformed or failed disclosure leaves neither.
 */
@AlongsideTest
class DisclosureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordGate gate;

    Org org;
    ApiSupport api;
    UUID person;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        api = new ApiSupport(mvc, context);
        person = org.personOfA().id();
    }

    private long accounted(String action) {
        return jdbc.sql("select count(*) from disclosure where participant_id = :p and action = :a")
                .param("p", person)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    @Test
    void eachDocumentThePersonCarriesIsAccountedOnceBesideItsAuditRow() throws Exception {
        String referral = JsonPath.read(
                api.post(org.workerA(), "/api/v1/participants/" + person + "/referrals", """
                                {"serviceId": "%s", "need": "food", "contact": "WORKER_GOES_WITH"}""".formatted(
                                        Fixtures.aDirectoryService(context)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String[][] documents = {
            {"/people/" + person + "/plan.pdf", "recoveryplan.pdf", "{PROFILE,RECOVERY_PLAN}"},
            {"/people/" + person + "/crisis-plan.pdf", "crisisplan.pdf", "{CRISIS_PLAN,PROFILE}"},
            {"/people/" + person + "/referrals/" + referral + "/slip.pdf", "referral.slip", "{REFERRALS}"},
        };
        for (String[] d : documents) {
            mvc.perform(get(d[0]).with(user(org.workerA()))).andExpect(status().isOk());
            assertThat(accounted(d[1])).as(d[1]).isEqualTo(1);
            assertThat(api.auditCount(d[1], person, "SUCCESS")).as(d[1]).isEqualTo(1);
            assertThat(jdbc.sql("""
                            select recipient_kind || ' ' || purpose || ' ' || parts::text || ' ' || actor_id
                            from disclosure where participant_id = :p and action = :a
                            """)
                            .param("p", person)
                            .param("a", d[1])
                            .query(String.class)
                            .single())
                    .isEqualTo("THE_PERSON CARE " + d[2] + " " + org.workerA().id());
        }
        String texted = mvc.perform(get("/people/" + person + "/referrals/" + referral + "/slip/text")
                        .with(user(org.workerA())))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(texted).startsWith("sms:").contains("?body=");
        assertThat(accounted("referral.slip-text"))
                .as("the text message, accounted when tapped")
                .isEqualTo(1);
        mvc.perform(get("/people/" + person + "/referrals/" + referral).with(user(org.workerA())))
                .andExpect(status().isOk());
        assertThat(accounted("referral.slip-text"))
                .as("viewing the referral discloses nothing")
                .isEqualTo(1);
        api.get(org.workerA(), "/api/v1/participants/" + person + "/disclosures")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[*].recipientKind").value(everyItem(is("THE_PERSON"))));
        assertThat(mvc.perform(get("/people/" + person + "/record")
                                .header("Accept-Language", "en")
                                .with(user(org.workerA())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("What has left the program", "Recovery plan (PDF)", "to the person, for their care");
    }

    @Test
    void aFailedRenderARefusalOrAMalformedDisclosureLeavesNeitherRow() {
        Set<Disclosure.Part> plan = Set.of(Disclosure.Part.RECOVERY_PLAN);
        Disclosure toThePerson = new Disclosure(Disclosure.Recipient.thePerson(), Purpose.CARE, plan);
        assertThatThrownBy(() -> gate.disclose(
                        org.workerA().viewer(), person, TestAction.reading("test.render"), toThePerson, plan, a -> {
                            throw new IllegalStateException("the renderer failed");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gate.disclose(
                        org.workerB().viewer(), person, TestAction.reading("test.refused"), toThePerson, plan, a -> 1))
                .isInstanceOf(NotFoundException.class);
        Disclosure nameless = new Disclosure(
                new Disclosure.Recipient(Disclosure.Recipient.Kind.ORGANISATION, " "), Purpose.CARE, plan);
        assertThatThrownBy(() -> gate.disclose(
                        org.workerA().viewer(), person, TestAction.reading("test.nameless"), nameless, plan, a -> 1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("recipient"));
        Disclosure tooMuch =
                new Disclosure(Disclosure.Recipient.thePerson(), Purpose.CARE, Set.of(Disclosure.Part.NOTES));
        assertThatThrownBy(() -> gate.disclose(
                        org.workerA().viewer(), person, TestAction.reading("test.parts"), tooMuch, plan, a -> 1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("parts"));
        for (String action : new String[] {"test.render", "test.refused", "test.nameless", "test.parts"}) {
            assertThat(accounted(action)).as(action).isZero();
            assertThat(api.auditCount(action, person, "SUCCESS")).as(action).isZero();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'test.refused' and outcome = 'DENIED'")
                        .query(Long.class)
                        .single())
                .as("the refusal itself is recorded, as every refusal is")
                .isEqualTo(1);
    }
}
