package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.outcomes.domain.LifeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Life events: recorded with the person (before enrolment too), dated no later than today, a stay
 * ending on or after it starts, a detail of its own kind; listed newest first; an outsider refused
 * as if the person did not exist.
 */
@AlongsideTest
class LifeEventTests {

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
    String url;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        url = "/api/v1/participants/" + org.personOfA().id() + "/life-events";
        today = LocalDate.now(clock);
    }

    private long events(UUID person) {
        return jdbc.sql("select count(*) from life_event where participant_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    @Test
    void aHospitalStayBeforeEnrolmentAndAnEmergencyVisitAreListedNewestFirst() throws Exception {
        api.post(org.workerA(), url, """
                        {"kind": "HOSPITAL_STAY", "detail": "PSYCHIATRIC", "startedOn": "%s", "endedOn": "%s",
                         "words": "After I lost the flat"}""".formatted(
                                today.minusMonths(5), today.minusMonths(5).plusDays(9)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("HOSPITAL_STAY"))
                .andExpect(jsonPath("$.words").value("After I lost the flat"));
        api.post(org.workerA(), url, "{\"kind\": \"EMERGENCY_VISIT\", \"startedOn\": \"%s\"}".formatted(today))
                .andExpect(status().isCreated());
        api.get(org.workerA(), url)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("EMERGENCY_VISIT"))
                .andExpect(jsonPath("$[1].detail").value("PSYCHIATRIC"));
    }

    @Test
    void aFutureDayAStayEndingBeforeItStartsOrADetailOfAnotherKindIsNamedAndNothingIsSaved() throws Exception {
        api.post(
                        org.workerA(),
                        url,
                        "{\"kind\": \"CRISIS\", \"detail\": \"MOBILE_CRISIS\", \"startedOn\": \"%s\"}"
                                .formatted(today.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.startedOn").value("A life event is dated today or earlier"));
        api.post(
                        org.workerA(),
                        url,
                        "{\"kind\": \"JAIL\", \"startedOn\": \"%s\", \"endedOn\": \"%s\"}"
                                .formatted(today.minusDays(3), today.minusDays(5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endedOn").value("The stay ends on or after the day it starts"));
        api.post(
                        org.workerA(),
                        url,
                        "{\"kind\": \"HOUSING\", \"detail\": \"PSYCHIATRIC\", \"startedOn\": \"%s\"}".formatted(today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.detail").value("Choose one of the listed details"));
        api.post(
                        org.workerA(),
                        url,
                        "{\"kind\": \"ARREST\", \"startedOn\": \"%s\", \"endedOn\": \"%s\"}"
                                .formatted(today.minusDays(3), today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endedOn").value("Only a stay in hospital or jail has an end day"));
        api.post(org.workerA(), url, "{\"kind\": \"HOUSING\", \"startedOn\": \"%s\"}".formatted(today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.detail").value("Choose which kind"));
        assertThat(events(org.personOfA().id())).isZero();
    }

    @Test
    void lifeEventsOfSomeoneNotOnTheCaseloadAreNotFoundWithADeniedRow() throws Exception {
        UUID other = org.personOfB().id();
        long denied = api.deniedAbout(org.workerA(), other);
        String theirs = "/api/v1/participants/" + other + "/life-events";
        api.post(org.workerA(), theirs, "{\"kind\": \"EMERGENCY_VISIT\", \"startedOn\": \"%s\"}".formatted(today))
                .andExpect(status().isNotFound());
        api.get(org.workerA(), theirs).andExpect(status().isNotFound());
        assertThat(api.deniedAbout(org.workerA(), other) - denied).isEqualTo(2);
        assertThat(events(other)).isZero();
    }

    @Test
    void aStayCountsItsDaysAndOneStillGoingOnCountsToTheDayAsked() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LifeEvent week = new LifeEvent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LifeEvent.Kind.HOSPITAL_STAY,
                "MEDICAL",
                start,
                start.plusDays(7),
                null,
                UUID.randomUUID(),
                Instant.EPOCH);
        LifeEvent going = new LifeEvent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LifeEvent.Kind.JAIL,
                null,
                start,
                null,
                null,
                UUID.randomUUID(),
                Instant.EPOCH);
        LifeEvent visit = new LifeEvent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LifeEvent.Kind.EMERGENCY_VISIT,
                null,
                start,
                null,
                null,
                UUID.randomUUID(),
                Instant.EPOCH);
        assertThat(week.daysUpTo(start.plusDays(30))).isEqualTo(7);
        assertThat(week.daysUpTo(start.plusDays(3))).isEqualTo(3);
        assertThat(going.daysUpTo(start.plusDays(10))).isEqualTo(10);
        assertThat(visit.daysUpTo(start.plusDays(10))).isZero();
        LifeEvent sameDay = new LifeEvent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LifeEvent.Kind.HOSPITAL_STAY,
                "MEDICAL",
                start,
                start,
                null,
                UUID.randomUUID(),
                Instant.EPOCH);
        assertThat(sameDay.daysUpTo(start.plusDays(1)))
                .as("admitted and discharged the same day: one day")
                .isEqualTo(1);
    }
}
