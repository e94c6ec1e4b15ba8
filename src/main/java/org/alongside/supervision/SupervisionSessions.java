package org.alongside.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations;
import org.alongside.staff.StaffRelations.Relation;
import org.alongside.supervision.domain.Competency;
import org.alongside.supervision.domain.PeerValue;
import org.alongside.supervision.domain.Session;
import org.alongside.supervision.domain.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision sessions, confidential by default: a supervisor records one with their current
 * supervisees; what was said is read only by the people in it (each supervisee their own
 * reflections), while the supervisee's other supervisors and administrators see that it happened,
 * when, how long and what it touched. Every read is audited; anyone else is answered 404.
 */
@Service
public class SupervisionSessions {

    public record NewAction(String what, UUID ownerId, LocalDate dueOn) {}

    public record NewSession(
            List<UUID> supervisees,
            LocalDate heldOn,
            Integer minutes,
            Session.Format format,
            List<PeerValue> values,
            List<Competency> competencies,
            String strengths,
            String growthAreas,
            List<NewAction> actions,
            List<UUID> doneActionIds) {}

    /**
     * A session as this viewer may read it: {@code content} false leaves out what was said
     * (strengths, growth areas, actions, reflections); {@code carried} are the actions from earlier
     * sessions still open when it was held.
     */
    public record SessionView(
            Session session,
            boolean content,
            List<Session.AgreedAction> agreed,
            List<Session.AgreedAction> carried,
            List<Session.Reflection> reflections,
            boolean mayReflect) {}

    private final SessionStore store;
    private final StaffRelations relations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean administratorsReadContent;

    SupervisionSessions(
            SessionStore store,
            StaffRelations relations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${alongside.supervision.administrators-read-content:false}") boolean administratorsReadContent) {
        this.store = store;
        this.relations = relations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.administratorsReadContent = administratorsReadContent;
    }

    /** Whether this organisation lets administrators read what was said (a setting; off by default). */
    public boolean administratorsReadContent() {
        return administratorsReadContent;
    }

    @Transactional
    public SessionView record(Viewer.StaffMember viewer, NewSession asked) {
        List<NewAction> actions = SessionRules.check(asked, viewer.id(), LocalDate.now(clock));
        List<UUID> supervisees = List.copyOf(new LinkedHashSet<>(asked.supervisees()));
        for (UUID supervisee : supervisees) {
            if (relations.of(viewer, supervisee) != Relation.SUPERVISOR) {
                throw refusal(viewer, SupervisionActions.SESSION_RECORD, "staff", supervisee);
            }
        }
        Instant now = Instant.now(clock);
        Session session = new Session(
                UUID.randomUUID(),
                SessionRules.kind(supervisees),
                asked.heldOn(),
                asked.minutes(),
                asked.format(),
                List.of(viewer.id()),
                supervisees,
                distinct(asked.values()),
                distinct(asked.competencies()),
                SessionRules.words(asked.strengths()),
                SessionRules.words(asked.growthAreas()),
                now);
        List<Session.AgreedAction> agreed = actions.stream()
                .map(a -> new Session.AgreedAction(
                        UUID.randomUUID(), session.id(), a.what(), a.ownerId(), a.dueOn(), null, null))
                .toList();
        Set<UUID> done = new LinkedHashSet<>(asked.doneActionIds() == null ? List.of() : asked.doneActionIds());
        Set<UUID> open = new LinkedHashSet<>(store.openBefore(supervisees, asked.heldOn(), now, null).stream()
                .map(Session.AgreedAction::id)
                .toList());
        if (!open.containsAll(done)) {
            throw new InvalidInputException(
                    "doneActionIds", "Only actions still open from earlier sessions are marked done");
        }
        store.insert(session, viewer.id(), agreed);
        if (store.markDone(done, session.id(), now) != done.size()) {
            throw new ConflictException("Someone marked one of these actions done meanwhile: reload the page");
        }
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.SESSION_RECORD, "supervision-session", session.id())
                .withDetail("supervisees=" + supervisees.size() + " minutes=" + session.minutes()));
        events.publishEvent(new SupervisionSessionRecorded(
                session.id(), viewer.id(), supervisees, session.heldOn(), session.minutes()));
        return view(viewer, session, true);
    }

    @Transactional
    public SessionView read(Viewer.StaffMember viewer, UUID sessionId) {
        Session session = store.find(sessionId)
                .orElseThrow(() -> refusal(viewer, SupervisionActions.SESSION_READ, "supervision-session", sessionId));
        boolean content = session.attendedBy(viewer.id());
        if (!content) {
            boolean oversees = session.supervisees().stream()
                    .map(s -> relations.of(viewer, s))
                    .anyMatch(r -> r == Relation.SUPERVISOR || r == Relation.ADMINISTRATOR);
            if (!oversees) {
                throw refusal(viewer, SupervisionActions.SESSION_READ, "supervision-session", sessionId);
            }
            content = administratorsReadContent && viewer.isAdmin();
        }
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.SESSION_READ, "supervision-session", sessionId)
                .withDetail("content=" + content));
        return view(viewer, session, content);
    }

    /** The sessions a staff member was supervised in, newest first, each as this viewer may read it. */
    @Transactional
    public List<SessionView> of(Viewer.StaffMember viewer, UUID staffId) {
        Relation relation = relations.of(viewer, staffId);
        if (relation == Relation.NONE) {
            throw refusal(viewer, SupervisionActions.SESSIONS_LIST, "staff", staffId);
        }
        List<SessionView> views = new ArrayList<>();
        for (Session session : store.ofSupervisee(staffId)) {
            boolean content = session.attendedBy(viewer.id()) || (administratorsReadContent && viewer.isAdmin());
            views.add(new SessionView(session, content, List.of(), List.of(), List.of(), false));
        }
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.SESSIONS_LIST, "staff", staffId)
                .withDetail("sessions=" + views.size()));
        return views;
    }

    /** The open actions a new session with these supervisees would carry in (for the form). */
    @Transactional(readOnly = true)
    public List<Session.AgreedAction> openActions(Viewer.StaffMember viewer, List<UUID> supervisees) {
        for (UUID supervisee : supervisees) {
            if (relations.of(viewer, supervisee) != Relation.SUPERVISOR) {
                throw new NotFoundException("This staff member");
            }
        }
        return supervisees.isEmpty()
                ? List.of()
                : store.openBefore(supervisees, LocalDate.now(clock).plusDays(1), Instant.now(clock), null);
    }

    /** A supervisee adds their own reflection to a session they were supervised in. */
    @Transactional
    public SessionView reflect(Viewer.StaffMember viewer, UUID sessionId, String words) {
        Session session = store.find(sessionId)
                .filter(s -> s.supervisees().contains(viewer.id()))
                .orElseThrow(() -> refusal(viewer, SupervisionActions.REFLECT, "supervision-session", sessionId));
        if (words == null || words.isBlank()) {
            throw new InvalidInputException("words", "Write your reflection");
        }
        if (words.strip().length() > SessionRules.WORDS) {
            throw new InvalidInputException("words", "This is too long");
        }
        store.reflect(
                new Session.Reflection(UUID.randomUUID(), sessionId, viewer.id(), words.strip(), Instant.now(clock)));
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.REFLECT, "supervision-session", sessionId));
        return view(viewer, session, true);
    }

    private SessionView view(Viewer.StaffMember viewer, Session session, boolean content) {
        if (!content) {
            return new SessionView(session, false, List.of(), List.of(), List.of(), false);
        }
        List<Session.AgreedAction> agreed = store.actionsOf(List.of(session.id()));
        List<Session.AgreedAction> carried =
                store.openBefore(session.supervisees(), session.heldOn(), session.recordedAt(), session.id());
        boolean supervisor = session.supervisors().contains(viewer.id());
        List<Session.Reflection> reflections = store.reflectionsOf(session.id()).stream()
                .filter(r -> supervisor || r.staffId().equals(viewer.id()))
                .toList();
        return new SessionView(
                session,
                true,
                agreed,
                carried,
                reflections,
                session.supervisees().contains(viewer.id()));
    }

    private NotFoundException refusal(Viewer.StaffMember viewer, SupervisionActions action, String type, UUID id) {
        return audit.refusal("This supervision session", List.of(AuditEvent.denied(viewer.id(), action, type, id)));
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
