package org.alongside.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.LifeEventStore;
import org.alongside.participant.RecordGate;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Service;

/** A person's life events through the record gate: recorded with them (audited), and read for their care. */
@Service
public class LifeEvents {

    private final RecordGate gate;
    private final LifeEventStore store;
    private final Clock clock;

    LifeEvents(RecordGate gate, LifeEventStore store, Clock clock) {
        this.gate = gate;
        this.store = store;
        this.clock = clock;
    }

    /** What happened, when (and when a stay ended), a detail of its kind, and a reason in the person's words. */
    public record EventForm(LifeEvent.Kind kind, String detail, LocalDate startedOn, LocalDate endedOn, String words) {}

    public LifeEvent record(Viewer viewer, UUID participantId, EventForm form) {
        return gate.change(viewer, participantId, OutcomeActions.LIFE_EVENT, admission -> {
            LifeEvent event = LifeEvent.record(
                    participantId,
                    form.kind(),
                    form.detail(),
                    form.startedOn(),
                    form.endedOn(),
                    form.words(),
                    viewer.staff().id(),
                    clock.instant(),
                    LocalDate.now(clock));
            store.insert(event);
            admission.detail(event.kind().name());
            return event;
        });
    }

    public List<LifeEvent> of(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, OutcomeActions.MEASURES_VIEW, admission -> store.of(participantId));
    }
}
