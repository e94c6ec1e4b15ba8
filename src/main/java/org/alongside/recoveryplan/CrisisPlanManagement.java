package org.alongside.recoveryplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.participant.ParticipantAccess;
import org.alongside.recoveryplan.domain.CrisisPlanDocument;
import org.alongside.recoveryplan.domain.VersionedDocuments;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The crisis and relapse-prevention plan: read and written with access checks, audit and versions. */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class CrisisPlanManagement {

    private final VersionedDocuments<CrisisPlanDocument> plans;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final Clock clock = Clock.systemDefaultZone();

    CrisisPlanManagement(VersionedDocuments<CrisisPlanDocument> plans, ParticipantAccess access, AuditLog audit) {
        this.plans = plans;
        this.access = access;
        this.audit = audit;
    }

    /** The plan and its version (0 when nothing is written yet). */
    public record CrisisPlanView(UUID participantId, CrisisPlanDocument plan, long version, Instant updatedAt) {
    }

    public CrisisPlanView view(CurrentUser actor, UUID participantId) {
        access.require(actor, participantId, "crisisplan.view");
        audit.record(AuditEvent.onParticipant(actor.id(), "crisisplan.view", participantId));
        return current(participantId);
    }

    public CrisisPlanView revise(CurrentUser actor, UUID participantId, CrisisPlanDocument content, long version) {
        return change(actor, participantId, version, "crisisplan.update", "Plan revised", p -> p.revise(content));
    }

    public CrisisPlanView addNoteAfterCrisis(CurrentUser actor, UUID participantId, LocalDate on, String text,
            long version) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return change(actor, participantId, version, "crisisplan.note", "Note after a crisis", p -> p.addNote(
                new CrisisPlanDocument.Note(day, text == null ? null : text.trim(), actor.id(), Instant.now(clock))));
    }

    private CrisisPlanView change(CurrentUser actor, UUID participantId, long version, String action, String summary,
            UnaryOperator<CrisisPlanDocument> change) {
        access.require(actor, participantId, action);
        CrisisPlanView current = current(participantId);
        if (current.version() != version) {
            throw new StaleVersionException("This crisis plan", current.version(), List.of());
        }
        CrisisPlanDocument next = change.apply(current.plan());
        next.check(LocalDate.now(clock));
        Instant at = Instant.now(clock);
        if (!plans.save(participantId, next, version, actor.id(), at, summary)) {
            throw new StaleVersionException("This crisis plan", current(participantId).version(), List.of());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), action, participantId).withDetail("version=" + (version + 1)));
        return new CrisisPlanView(participantId, next, version + 1, at);
    }

    private CrisisPlanView current(UUID participantId) {
        return plans.find(participantId)
                .map(s -> new CrisisPlanView(participantId, s.document(), s.version(), s.updatedAt()))
                .orElse(new CrisisPlanView(participantId, CrisisPlanDocument.empty(), 0, null));
    }
}
