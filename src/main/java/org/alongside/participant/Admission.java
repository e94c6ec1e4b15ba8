package org.alongside.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.alongside.audit.AuditEvent;
import org.alongside.shared.Action;
import org.alongside.shared.Purpose;
import org.alongside.shared.Viewer;

/**
 * What work inside the gate holds: who it is working for, on whose record, and the audit it
 * will leave. Only the gate makes one, so holding it proves the viewer was let in; a module API
 * that runs inside another's gated work takes it instead of passing the gate again.
 */
public final class Admission {

    private final Viewer viewer;
    private final Set<UUID> people;
    private final Visibility visibility;
    private final Supplier<Visibility> seen;
    private UUID subject;
    private String detail;
    private final List<Also> also = new ArrayList<>();

    Admission(Viewer viewer, UUID subject, Set<UUID> people, Visibility visibility, Supplier<Visibility> seen) {
        this.viewer = viewer;
        this.seen = seen;
        this.subject = subject;
        this.people = people;
        this.visibility = visibility;
    }

    public Viewer viewer() {
        return viewer;
    }

    /** The person whose record this is. */
    public UUID participantId() {
        return subject;
    }

    /**
     * The access rule for the work's own statement; only for the gate's "rule inline" operations,
     * where the work itself answers whether the person was visible.
     */
    public Visibility visibility() {
        if (visibility == null) {
            throw new IllegalStateException("The gate already checked access: this work has no rule to apply");
        }
        return visibility;
    }

    /**
     * Everyone the viewer may see, for what gated work shows back beyond the admitted person (the
     * names on a group session's attendance after a mark): inside the gate's transaction and audit.
     */
    public Visibility seen() {
        return seen.get();
    }

    /** Adds what the audit row should say beyond who, what and whose (ids and counts only). */
    public Admission detail(String text) {
        this.detail = RecordGate.join(detail, text);
        return this;
    }

    /** Names the person a {@link RecordGate#create} made. */
    public void created(UUID participantId) {
        this.subject = participantId;
    }

    /** Records the gate's action for one of the people this admission covers, with its own detail. */
    public void recordFor(UUID participantId, String text) {
        recordFor(participantId, null, text);
    }

    /** Records another action (for example a removal among additions) for one of the people covered. */
    public void recordFor(UUID participantId, Action action, String text) {
        if (!people.contains(participantId)) {
            throw new IllegalArgumentException("This admission does not cover that person");
        }
        also.add(new Also(participantId, action, text));
    }

    /** The audit rows of the pass, for the access it was: the action's code and its purpose. */
    List<AuditEvent> records(Access access) {
        List<AuditEvent> records = new ArrayList<>();
        if (subject != null) {
            records.add(event(access.action(), access.purpose(), subject, detail));
        }
        for (Also more : also) {
            records.add(event(
                    more.action() == null ? access.action() : more.action(),
                    access.purpose(),
                    more.participantId(),
                    more.text()));
        }
        return records;
    }

    private AuditEvent event(Action action, Purpose purpose, UUID participantId, String text) {
        return AuditEvent.onParticipant(viewer.actorId(), action, purpose, participantId)
                .withDetail(RecordGate.join(RecordGate.viewerDetail(viewer), text));
    }

    /** A row beyond the pass's own, for one of the people covered. */
    private record Also(UUID participantId, Action action, String text) {}
}
