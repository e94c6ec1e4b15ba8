package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.StatementCounter;
import org.alongside.participant.ContactKind;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.today.TodayBoard;
import org.alongside.today.TodayItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Check-in calls over the API: a person opts in, the call shows on the worker's list the day it
 * is planned, each outcome is one request, a reached call is a signed phone contact, three
 * unanswered calls in a row raise the person for the worker and their supervisor, and bad input
 * or an outsider changes nothing.
 */
@AlongsideTest
class CheckInCallTests {

    /** Logging a call, the whole request through the API's token check: the limit. */
    static final int LOG_A_CALL = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ApiSupport api;
    Org org;
    UUID person;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        person = org.personOfA().id();
        today = LocalDate.now(clock);
        ParticipantDetails details = org.personOfA().details();
        context.getBean(ParticipantManagement.class)
                .update(
                        org.workerA().viewer(),
                        person,
                        new ParticipantDetails(
                                details.preferredName(),
                                details.legalName(),
                                details.pronouns(),
                                details.dateOfBirth(),
                                details.preferredLanguage(),
                                details.address(),
                                List.of(new ParticipantDetails.ContactMethod(
                                        ContactKind.PHONE, "555 0123", true, true)),
                                List.of()),
                        org.personOfA().version());
    }

    private void optIn(String weekday) throws Exception {
        Long version = jdbc.sql("select version from check_in_plan where participant_id = :p")
                .param("p", person)
                .query(Long.class)
                .optional()
                .orElse(null);
        api.put(org.workerA(), "/api/v1/participants/" + person + "/check-in", """
                        {"weekday": "%s", "windowStart": "10:00", "windowEnd": "12:00", "version": %s}""".formatted(weekday, version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.everyWeeks").value(1))
                .andExpect(jsonPath("$.active").value(true));
    }

    private String call(String outcome, String extra) throws Exception {
        return api.post(
                        org.workerA(),
                        "/api/v1/participants/" + person + "/check-in-calls",
                        "{\"outcome\": \"%s\"%s}".formatted(outcome, extra))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> listed() throws Exception {
        return com.jayway.jsonpath.JsonPath.read(
                api.get(org.workerA(), "/api/v1/check-in-calls")
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[*].participantId");
    }

    @Test
    void aPlannedCallIsOnTheListUntilThePersonIsReachedAndAReachedCallIsASignedPhoneContact() throws Exception {
        optIn(today.plusDays(1).getDayOfWeek().name());
        assertThat(listed()).as("not planned today").doesNotContain(person.toString());
        optIn(today.getDayOfWeek().name());
        assertThat(listed()).containsExactly(person.toString());

        call("NO_ANSWER", "");
        api.get(org.workerA(), "/api/v1/check-in-calls")
                .andExpect(jsonPath("$[0].lastOutcome").value("NO_ANSWER"))
                .andExpect(jsonPath("$[0].phone").value("555 0123"));
        assertThat(jdbc.sql("select count(*) from contact_note where participant_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .as("an attempt is not a contact")
                .isZero();

        String reached = call("REACHED", ", \"minutes\": 15, \"words\": \"She starts the job on Monday\"");
        String noteId = com.jayway.jsonpath.JsonPath.read(reached, "$.noteId");
        assertThat(jdbc.sql(
                                "select mode || ' ' || status || ' ' || narrative || ' ' || (units > 0) from contact_note where id = :id")
                        .param("id", UUID.fromString(noteId))
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE_CALL SIGNED She starts the job on Monday true");
        assertThat(listed()).as("reached today: off the list").doesNotContain(person.toString());
    }

    @Test
    void threeUnansweredCallsInARowRaiseThePersonForTheWorkerAndTheirSupervisor() throws Exception {
        optIn(today.plusDays(1).getDayOfWeek().name());
        call("NO_ANSWER", "");
        call("LEFT_MESSAGE", "");
        assertThat(listed()).doesNotContain(person.toString());
        String third = call("NO_ANSWER", "");
        assertThat((Boolean) com.jayway.jsonpath.JsonPath.read(third, "$.unansweredInARow"))
                .isTrue();
        api.get(org.workerA(), "/api/v1/check-in-calls")
                .andExpect(jsonPath("$[0].participantId").value(person.toString()))
                .andExpect(jsonPath("$[0].plannedToday").value(false))
                .andExpect(jsonPath("$[0].unansweredInARow").value(true));
        List<TodayItem> supervisors = context
                .getBean(TodayBoard.class)
                .dayOf(org.supervisorA().viewer())
                .stream()
                .flatMap(part -> part.items().stream())
                .filter(item -> person.equals(item.participantId()))
                .toList();
        assertThat(supervisors).extracting(TodayItem::label).contains("today.team.unanswered");

        call("REACHED", ", \"minutes\": 5");
        assertThat(listed()).doesNotContain(person.toString());
    }

    @Test
    void askedToStopEndsTheCallsAndANewDayStartsThemAgain() throws Exception {
        optIn(today.getDayOfWeek().name());
        call("ASKED_TO_STOP", ", \"words\": \"Doing well, will call if needed\"");
        assertThat(listed()).doesNotContain(person.toString());
        api.get(org.workerA(), "/api/v1/participants/" + person + "/check-in")
                .andExpect(jsonPath("$.plan.active").value(false))
                .andExpect(jsonPath("$.plan.stopped").value("ASKED_TO_STOP"))
                .andExpect(jsonPath("$.latest[0].words").value("Doing well, will call if needed"));
        api.put(org.workerA(), "/api/v1/participants/" + person + "/check-in", """
                        {"weekday": "%s", "windowStart": "09:00", "windowEnd": "09:30", "version": 1}""".formatted(
                                today.getDayOfWeek().name()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        assertThat(listed()).contains(person.toString());
    }

    @Test
    void aWindowThatEndsBeforeItStartsAReachedCallWithoutMinutesAndAStaleVersionAreRefusedAndChangeNothing()
            throws Exception {
        api.put(org.workerA(), "/api/v1/participants/" + person + "/check-in", """
                        {"weekday": "MONDAY", "windowStart": "12:00", "windowEnd": "10:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.windowEnd").value("The window ends after it starts"));
        api.put(org.workerA(), "/api/v1/participants/" + person + "/check-in", """
                        {"weekday": "MONDAY", "windowStart": "10:00", "windowEnd": "11:00", "everyWeeks": 9}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.everyWeeks").value("Choose how often: every 1 to 4 weeks"));
        api.post(org.workerA(), "/api/v1/participants/" + person + "/check-in-calls", "{\"outcome\": \"REACHED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.minutes").value("A reached call lasts from 1 to 240 minutes"));
        api.post(org.workerA(), "/api/v1/participants/" + person + "/check-in-calls", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.outcome").value("Choose how the call went"));
        optIn("MONDAY");
        api.put(org.workerA(), "/api/v1/participants/" + person + "/check-in", """
                        {"weekday": "FRIDAY", "windowStart": "10:00", "windowEnd": "11:00", "version": 7}""")
                .andExpect(status().isConflict());
        api.get(org.workerA(), "/api/v1/participants/" + person + "/check-in")
                .andExpect(jsonPath("$.plan.weekday").value("MONDAY"))
                .andExpect(jsonPath("$.latest.length()").value(0));
        assertThat(jdbc.sql("select count(*) from check_in_call where participant_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCallForSomeoneNotOnTheCaseloadIsNotFoundWithADeniedRowAndNothingSaved() throws Exception {
        UUID other = org.personOfB().id();
        long denied = api.deniedAbout(org.workerA(), other);
        api.post(
                        org.workerA(),
                        "/api/v1/participants/" + other + "/check-in-calls",
                        "{\"outcome\": \"REACHED\", \"minutes\": 10}")
                .andExpect(status().isNotFound());
        api.post(org.workerA(), "/api/v1/participants/" + other + "/check-in-calls", "{\"outcome\": \"NO_ANSWER\"}")
                .andExpect(status().isNotFound());
        assertThat(api.deniedAbout(org.workerA(), other) - denied).isEqualTo(2);
        assertThat(jdbc.sql("select (select count(*) from check_in_call where participant_id = :p)"
                                + " + (select count(*) from contact_note where participant_id = :p)")
                        .param("p", other)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void loggingACallIsOneRequestOfAtMostEightStatements() throws Exception {
        optIn(today.getDayOfWeek().name());
        api.token(org.workerA());
        String url = "/api/v1/participants/" + person + "/check-in-calls";
        int attempt = StatementCounter.count(() ->
                api.post(org.workerA(), url, "{\"outcome\": \"NO_ANSWER\"}").andExpect(status().isCreated()));
        int reached =
                StatementCounter.count(() -> api.post(org.workerA(), url, "{\"outcome\": \"REACHED\", \"minutes\": 12}")
                        .andExpect(status().isCreated()));
        System.out.printf("statements: log an attempt %d, log a reached call %d%n", attempt, reached);
        assertThat(attempt).isLessThanOrEqualTo(LOG_A_CALL);
        assertThat(reached).isLessThanOrEqualTo(LOG_A_CALL);
    }
}
