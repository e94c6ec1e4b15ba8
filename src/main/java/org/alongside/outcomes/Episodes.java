package org.alongside.outcomes;

import org.alongside.outcomes.domain.EpisodeStore;
import org.alongside.participant.ParticipantDischarged;
import org.alongside.participant.ParticipantEnrolled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the participant module: an enrolment starts an episode of measurement (its baseline
 * falls due), a discharge ends it (its discharge measure falls due). Each runs after the enrolment
 * committed, in its own transaction, through Modulith's publication registry: an event this
 * listener failed on stays incomplete and is delivered again.
 */
@Component
class Episodes {

    private final EpisodeStore store;

    Episodes(EpisodeStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(ParticipantEnrolled event) {
        store.start(event.participantId(), event.programId(), event.startDate());
    }

    @ApplicationModuleListener
    void on(ParticipantDischarged event) {
        store.end(event.participantId(), event.programId(), event.endedOn());
    }
}
