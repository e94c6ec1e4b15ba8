package org.alongside.recoveryplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.alongside.participant.Disclosure;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.recoveryplan.domain.CrisisPlanDocument;
import org.alongside.recoveryplan.domain.VersionedDocuments;
import org.alongside.shared.Action;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Service;

/** The crisis and relapse-prevention plan, read and written through the record gate, versioned as a whole. */
@Service
public class CrisisPlanManagement {

    private final VersionedDocuments<CrisisPlanDocument> plans;
    private final ParticipantManagement participants;
    private final RecordGate gate;
    private final Clock clock;

    CrisisPlanManagement(
            VersionedDocuments<CrisisPlanDocument> plans,
            RecordGate gate,
            ParticipantManagement participants,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.gate = gate;
        this.participants = participants;
    }

    /** The plan and its version (0 when nothing is written yet). */
    public record CrisisPlanView(UUID participantId, CrisisPlanDocument plan, long version, Instant updatedAt) {}

    public CrisisPlanView view(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, RecoveryPlanActions.CRISIS_VIEW, admission -> current(participantId));
    }

    /** The crisis plan's page: the plan and the person, in one gated read. */
    public WithPerson<CrisisPlanView> page(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, RecoveryPlanActions.CRISIS_VIEW, admission -> current(participantId));
    }

    /** The crisis plan as a document the person carries: disclosed to them, rendered inside the gate. */
    public <T> T disclosePlan(Viewer viewer, UUID participantId, Function<WithPerson<CrisisPlanView>, T> render) {
        return gate.disclose(
                viewer,
                participantId,
                RecoveryPlanActions.CRISIS_PDF,
                Disclosure.toThePersonForCare(Disclosure.Part.CRISIS_PLAN, Disclosure.Part.PROFILE),
                admission -> render.apply(participants.with(admission, current(participantId))));
    }

    public CrisisPlanView revise(Viewer viewer, UUID participantId, CrisisPlanDocument content, long version) {
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.CRISIS_UPDATE,
                "Plan revised",
                p -> p.revise(content));
    }

    public CrisisPlanView addNoteAfterCrisis(
            Viewer viewer, UUID participantId, LocalDate on, String text, long version) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        UUID by = viewer.staff().id();
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.CRISIS_NOTE,
                "Note after a crisis",
                p -> p.addNote(
                        new CrisisPlanDocument.Note(day, text == null ? null : text.trim(), by, Instant.now(clock))));
    }

    private CrisisPlanView change(
            Viewer viewer,
            UUID participantId,
            long version,
            Action action,
            String summary,
            UnaryOperator<CrisisPlanDocument> change) {
        return gate.change(viewer, participantId, action, admission -> {
            var saved = plans.change(
                    participantId,
                    version,
                    change,
                    summary,
                    viewer.staff().id(),
                    Instant.now(clock),
                    LocalDate.now(clock));
            admission.detail("version=" + saved.version());
            return new CrisisPlanView(participantId, saved.document(), saved.version(), saved.updatedAt());
        });
    }

    private CrisisPlanView current(UUID participantId) {
        var stored = plans.current(participantId);
        return new CrisisPlanView(participantId, stored.document(), stored.version(), stored.updatedAt());
    }
}
