package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.outcomes.domain.EpisodeStore;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.EventRetries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Episodes of measurement follow the participant module's events: an enrolment starts one, a
 * discharge ends it, and an enrolment heard while the outcomes module was failing is caught up
 * once it works again.
 */
@AlongsideTest
class EpisodeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    EpisodeStore episodes;

    @Autowired
    EmbeddedPostgres postgres;

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            Thread.sleep(50);
        }
    }

    @Test
    void anEnrolmentStartsAnEpisodeAndADischargeEndsIt() throws Exception {
        Org org = new Fixtures(context).org();
        UUID person = org.personOfA().id();
        waitUntil("the episode started", () -> !episodes.of(person).isEmpty());
        assertThat(episodes.of(person).get(0).programId()).isEqualTo(org.programId());

        ParticipantView view =
                context.getBean(ParticipantManagement.class).get(org.workerA().viewer(), person);
        context.getBean(ParticipantManagement.class)
                .changeEnrolmentStatus(
                        org.workerA().viewer(), person, EnrolmentStatus.DISCHARGED, "Moved away", view.version());
        waitUntil("the episode ended", () -> episodes.of(person).get(0).endedOn() != null);
        assertThat(episodes.of(person).get(0).endedOn())
                .isEqualTo(LocalDate.now(context.getBean(java.time.Clock.class)));
    }

    @Test
    void anEnrolmentHeardWhileTheOutcomesModuleFailsIsCaughtUpWhenItWorksAgain() throws Exception {
        Org org = new Fixtures(context).org();
        // the outcomes module cannot record an episode for this program for a while (the table's owner says so)
        JdbcClient owner = JdbcClient.create(postgres.getPostgresDatabase());
        owner.sql("alter table measurement_episode add constraint failing_for_a_while check (program_id <> '"
                        + org.programId() + "') not valid")
                .update();
        UUID person;
        try {
            person = new Fixtures(context)
                    .enrol(org.admin(), org.programId(), org.workerA(), "Later " + UUID.randomUUID())
                    .id();
            Thread.sleep(500);
            assertThat(episodes.of(person)).as("not recorded while failing").isEmpty();
        } finally {
            owner.sql("alter table measurement_episode drop constraint failing_for_a_while")
                    .update();
        }
        context.getBean(EventRetries.class).retryOlderThan(Duration.ZERO);
        UUID enrolled = person;
        waitUntil("caught up", () -> !episodes.of(enrolled).isEmpty());
        assertThat(episodes.of(enrolled))
                .extracting(EpisodeStore.Episode::programId)
                .isEqualTo(List.of(org.programId()));
    }
}
