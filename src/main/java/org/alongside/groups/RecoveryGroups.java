package org.alongside.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.contact.ContactNotes;
import org.alongside.groups.GroupView.Person;
import org.alongside.groups.domain.GroupStore;
import org.alongside.groups.domain.GroupStore.GroupRow;
import org.alongside.participant.ParticipantAccess;
import org.alongside.shared.ConflictException;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.staff.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery groups of a program. Administrators and supervisors of the program set a group up;
 * its facilitators (and they) keep the roster, run sessions, take attendance and sign. Signing a
 * session writes a group contact for each attendee in the same transaction.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class RecoveryGroups {

    private static final String GROUP = "This group";
    private static final String SESSION = "This session";

    private final GroupStore store;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final ContactNotes contacts;
    private final Clock clock = Clock.systemDefaultZone();

    RecoveryGroups(GroupStore store, ParticipantAccess access, AuditLog audit, StaffDirectory staff, ContactNotes contacts) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.staff = staff;
        this.contacts = contacts;
    }

    public record NewGroup(UUID programId, String name, GroupType type, String schedule, Integer capacity,
            List<UUID> facilitatorIds) {
    }

    public record NewSession(LocalDate date, LocalTime start, LocalTime end, String topic) {
    }

    public GroupView create(CurrentUser actor, NewGroup command) {
        if (!actor.isAdmin() && !actor.isSupervisor()) {
            throw new AccessDeniedException("Administrators and supervisors set up groups");
        }
        Map<String, String> errors = GroupRules.checkGroup(command);
        if (command.programId() != null && !store.programMember(command.programId(), actor.id())) {
            errors.put("programId", "Choose one of your programs");
        }
        Set<UUID> facilitators = new LinkedHashSet<>(command.facilitatorIds() == null ? List.of() : command.facilitatorIds());
        if (command.programId() != null && facilitators.stream().anyMatch(id -> !store.programMember(command.programId(), id))) {
            errors.put("facilitatorIds", "Facilitators are staff of the group's program");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        store.insertGroup(new GroupRow(id, command.programId(), null, command.name().trim(), command.type(),
                blankToNull(command.schedule()), command.capacity(), 0), facilitators, Instant.now(clock));
        audit.record(AuditEvent.of(actor.id(), "group.create", "recovery-group", id.toString()));
        return view(actor, id);
    }

    @Transactional(readOnly = true)
    public List<GroupRow> list(CurrentUser actor) {
        return store.list(actor);
    }

    public GroupView get(CurrentUser actor, UUID groupId) {
        GroupView group = view(actor, groupId);
        audit.record(AuditEvent.of(actor.id(), "group.view", "recovery-group", groupId.toString()));
        return group;
    }

    /**
     * People this user may see who are enrolled in the group's program: who can join the roster or
     * walk in. Names are read, so the list is audited like any other list of people.
     */
    public List<Person> candidates(CurrentUser actor, UUID groupId) {
        List<Person> people = store.candidates(actor, group(actor, groupId).programId());
        audit.record(AuditEvent.of(actor.id(), "group.candidates", "recovery-group", groupId.toString())
                .withDetail("results=" + people.size()));
        return people;
    }

    public GroupView addToRoster(CurrentUser actor, UUID groupId, UUID participantId) {
        GroupRow group = group(actor, groupId);
        mayJoin(actor, group, participantId, "group.roster");
        if (store.addMember(groupId, participantId, actor.id(), Instant.now(clock))) {
            audit.record(AuditEvent.onParticipant(actor.id(), "group.roster", participantId).withDetail("group=" + groupId));
        }
        return view(actor, groupId);
    }

    public SessionView startSession(CurrentUser actor, UUID groupId, NewSession command) {
        group(actor, groupId);
        GroupRules.checkSession(command);
        UUID id = UUID.randomUUID();
        store.insertSession(id, groupId, command.date(), command.start(), command.end(), command.topic().trim(),
                Instant.now(clock));
        audit.record(AuditEvent.of(actor.id(), "group.session", "group-session", id.toString()).withDetail("group=" + groupId));
        return session(groupId, id);
    }

    public SessionView getSession(CurrentUser actor, UUID groupId, UUID sessionId) {
        group(actor, groupId);
        SessionView session = session(groupId, sessionId);
        audit.record(AuditEvent.of(actor.id(), "group.session.view", "group-session", sessionId.toString()));
        return session;
    }

    /** Marks one person present. Marking someone twice changes nothing. */
    public SessionView markPresent(CurrentUser actor, UUID groupId, UUID sessionId, UUID participantId) {
        GroupRow group = group(actor, groupId);
        SessionView session = openSession(groupId, sessionId);
        boolean walkIn = !store.onRoster(groupId, participantId);
        if (walkIn) {
            access.require(actor, participantId, "group.attendance");
        }
        boolean marked = session.attendance().stream().anyMatch(a -> a.participantId().equals(participantId));
        add(actor, group, sessionId, participantId, walkIn, marked ? -1 : session.attendance().size());
        return session(groupId, sessionId);
    }

    /** The attendance form: exactly these roster members are present (walk-ins already marked stay). */
    public SessionView takeAttendance(CurrentUser actor, UUID groupId, UUID sessionId, Set<UUID> present) {
        GroupRow group = group(actor, groupId);
        Set<UUID> roster = new LinkedHashSet<>();
        store.roster(groupId).forEach(p -> roster.add(p.id()));
        if (!roster.containsAll(present)) {
            throw new InvalidInputException("participantIds", "Choose people on the roster, or add a walk-in below");
        }
        SessionView session = openSession(groupId, sessionId);
        Set<UUID> marked = new LinkedHashSet<>();
        session.attendance().forEach(a -> marked.add(a.participantId()));
        int count = marked.size();
        for (UUID member : roster) {
            if (marked.contains(member) && !present.contains(member)) {
                remove(actor, sessionId, member);
                count--;
            }
        }
        for (UUID member : roster) {
            if (present.contains(member) && !marked.contains(member)) {
                add(actor, group, sessionId, member, false, count++);
            }
        }
        return session(groupId, sessionId);
    }

    /** Un-marks a person before the session is signed (a mistaken tap). */
    public SessionView markAbsent(CurrentUser actor, UUID groupId, UUID sessionId, UUID participantId) {
        group(actor, groupId);
        openSession(groupId, sessionId);
        remove(actor, sessionId, participantId);
        return session(groupId, sessionId);
    }

    /**
     * Marks one person present in an open, locked session: they must be enrolled in the program,
     * and there must be room. {@code alreadyThere} is how many are marked, or -1 when this person is.
     */
    private void add(CurrentUser actor, GroupRow group, UUID sessionId, UUID participantId, boolean walkIn,
            int alreadyThere) {
        if (!store.enrolledIn(group.programId(), participantId)) {
            throw new InvalidInputException("participantId", "Only people enrolled in this group's program attend it");
        }
        if (alreadyThere >= group.capacity()) {
            throw new ConflictException("The group is full: its capacity is " + group.capacity());
        }
        if (store.addAttendance(sessionId, participantId, walkIn, actor.id(), Instant.now(clock))) {
            audit.record(AuditEvent.onParticipant(actor.id(), "group.attendance", participantId)
                    .withDetail("session=" + sessionId + (walkIn ? " walk-in" : "")));
        }
    }

    private void remove(CurrentUser actor, UUID sessionId, UUID participantId) {
        if (store.removeAttendance(sessionId, participantId)) {
            audit.record(AuditEvent.onParticipant(actor.id(), "group.attendance.remove", participantId)
                    .withDetail("session=" + sessionId));
        }
    }

    public SessionView saveNote(CurrentUser actor, UUID groupId, UUID sessionId, String note, long expectedVersion) {
        group(actor, groupId);
        SessionView session = openSession(groupId, sessionId);
        GroupRules.checkNote(note, false);
        if (session.version() != expectedVersion || !store.saveNote(sessionId, note, expectedVersion)) {
            throw new StaleVersionException(SESSION, session(groupId, sessionId).version());
        }
        audit.record(AuditEvent.of(actor.id(), "group.session.note", "group-session", sessionId.toString()));
        return session(groupId, sessionId);
    }

    /** Signs the session: it locks, and each attendee gets a signed group contact with units by the group rule. */
    public SessionView sign(CurrentUser actor, UUID groupId, UUID sessionId, long expectedVersion) {
        GroupRow group = group(actor, groupId);
        SessionView session = openSession(groupId, sessionId);
        GroupRules.checkSignable(session, LocalDate.now(clock));
        StaffDirectory.Signature author = staff.signature(actor.id()).orElseThrow(() -> new NotFoundException("Your account"));
        if (session.version() != expectedVersion
                || !store.sign(sessionId, expectedVersion, Instant.now(clock), actor.id(), author.displayName(),
                        author.credential())) {
            throw new StaleVersionException(SESSION, session(groupId, sessionId).version());
        }
        int units = contacts.recordGroupContacts(actor, new ContactNotes.GroupContact(sessionId,
                session.attendance().stream().map(SessionView.Attendee::participantId).toList(), session.date(),
                session.start(), session.end(), group.name(), session.note()));
        audit.record(AuditEvent.of(actor.id(), "group.session.sign", "group-session", sessionId.toString())
                .withDetail("attendees=" + session.attendance().size() + " units=" + units));
        return session(groupId, sessionId);
    }

    private void mayJoin(CurrentUser actor, GroupRow group, UUID participantId, String action) {
        access.require(actor, participantId, action);
        if (!store.enrolledIn(group.programId(), participantId)) {
            throw new InvalidInputException("participantId", "Only people enrolled in this group's program attend it");
        }
    }

    private GroupRow group(CurrentUser actor, UUID groupId) {
        return store.find(actor, groupId).orElseThrow(() -> {
            audit.record(new AuditEvent(actor.id(), "group.access", "recovery-group", String.valueOf(groupId), null,
                    AuditEvent.Outcome.DENIED, null));
            return new NotFoundException(GROUP);
        });
    }

    private GroupView view(CurrentUser actor, UUID groupId) {
        GroupRow g = group(actor, groupId);
        return new GroupView(g.id(), g.programId(), g.programName(), g.name(), g.type(), g.schedule(), g.capacity(),
                store.facilitators(groupId), store.roster(groupId), store.sessions(groupId), g.version());
    }

    private SessionView session(UUID groupId, UUID sessionId) {
        return store.session(groupId, sessionId).orElseThrow(() -> new NotFoundException(SESSION));
    }

    private SessionView openSession(UUID groupId, UUID sessionId) {
        store.lock(sessionId);
        SessionView session = session(groupId, sessionId);
        if (session.signed()) {
            throw new ConflictException("This session is signed. It does not change any more.");
        }
        return session;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
