package org.alongside.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.participant.ParticipantEnrolled;
import org.alongside.participant.ParticipantView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * What the event publication registry does when a listener of {@link ParticipantEnrolled} fails:
 * the enrolment stays saved, the publication stays incomplete in the registry, and resubmitting
 * it delivers the event again and completes it, so the first module to listen stands on
 * something seen to work.
 */
@AlongsideTest
class ListenerFailureTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;

    @Autowired
    EnrolmentListenerProbe probe;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedListenerLeavesThePublicationIncompleteAndAResubmissionCompletesIt() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        probe.failFor(org.programId());
        ParticipantView person =
                fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Listener " + UUID.randomUUID());

        waitUntil(
                "the listener's attempt is recorded as failed",
                () -> "FAILED".equals(publication(person).get("status")));
        Map<String, Object> failed = publication(person);
        assertThat(failed.get("completion_date")).isNull();
        assertThat(probe.heard(person.id())).isFalse();
        assertThat(jdbc.sql("select count(*) from participant where id = :id")
                        .param("id", person.id())
                        .query(Long.class)
                        .single())
                .as("the enrolment itself is kept")
                .isEqualTo(1L);

        probe.recoverFor(org.programId());
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ParticipantEnrolled
                && ((ParticipantEnrolled) publication.getEvent())
                        .participantId()
                        .equals(person.id()));

        waitUntil("the resubmitted event is heard", () -> probe.heard(person.id()));
        waitUntil("the publication completes", () -> publication(person).get("completion_date") != null);
        assertThat(publication(person).get("status")).isEqualTo("COMPLETED");
    }

    /** The registry's row for this person's enrolment event and the probe's listener. */
    private Map<String, Object> publication(ParticipantView person) {
        return jdbc.sql("""
                        select status, completion_date, completion_attempts from event_publication
                        where event_type like '%ParticipantEnrolled' and listener_id like '%EnrolmentListenerProbe%'
                          and serialized_event like :person
                        """).param("person", "%" + person.id() + "%").query().listOfRows().stream()
                .findFirst()
                .orElse(Map.of());
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(end);
            Thread.sleep(50);
        }
    }
}
