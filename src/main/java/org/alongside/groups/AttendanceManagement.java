package org.alongside.groups;

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
import org.alongside.contact.ContactActions;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.groups.GroupView.Person;
import org.alongside.groups.domain.GroupSession;
import org.alongside.groups.domain.GroupStore;
import org.alongside.groups.domain.GroupStore.GroupRow;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordGate;
import org.alongside.participant.Visibility;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Service;

/**
 * Who comes to a group, through the record gate: the roster, attendance (roster and walk-ins),
 * and signing a session, which writes a group contact into each attendee's record. A person the
 * viewer may not see cannot be added, marked or signed for: the attempt answers 404 and is recorded.
 */
@Service
public class AttendanceManagement {

    private final GroupStore store;
    private final GroupManagement groups;
    private final RecordGate gate;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final ContactNoteManagement contacts;
    private final Clock clock;

    AttendanceManagement(
            GroupStore store,
            GroupManagement groups,
            RecordGate gate,
            AuditLog audit,
            StaffDirectory staff,
            ContactNoteManagement contacts,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.groups = groups;
        this.gate = gate;
        this.audit = audit;
        this.staff = staff;
        this.contacts = contacts;
    }

    /**
     * The group as the viewer may see it: its roster names only people they may see, with a count
     * of the others (a group may bring together people of several caseloads). The list is audited.
     */
    public GroupView get(Viewer viewer, UUID groupId) {
        return shown(viewer, groups.group(viewer, groupId));
    }

    private GroupView shown(Viewer viewer, GroupRow group) {
        return gate.list(
                viewer,
                GroupActions.VIEW,
                "recovery-group",
                group.id(),
                listing -> groups.view(group, store.roster(group.id(), listing.visibility())));
    }

    /** A session as the viewer may see it: attendees they may see by name, and a count of the others. */
    public SessionView getSession(Viewer viewer, UUID groupId, UUID sessionId) {
        groups.group(viewer, groupId);
        return gate.list(
                viewer,
                GroupActions.SESSION_VIEW,
                "group-session",
                sessionId,
                listing -> store.session(groupId, sessionId, listing.visibility())
                        .orElseThrow(() -> new NotFoundException(GroupManagement.SESSION)));
    }

    /** People this viewer may see who are enrolled in the group's program: who can join the roster or walk in. */
    public List<Person> candidates(Viewer viewer, UUID groupId) {
        UUID program = groups.group(viewer, groupId).programId();
        return gate.list(
                viewer,
                GroupActions.CANDIDATES,
                "recovery-group",
                groupId,
                listing -> store.candidates(listing.visibility(), program));
    }

    public GroupView addToRoster(Viewer viewer, UUID groupId, UUID participantId) {
        GroupRow group = groups.group(viewer, groupId);
        gate.change(viewer, participantId, GroupActions.ROSTER, admission -> {
            if (!store.enrolledIn(group.programId(), participantId)) {
                throw new InvalidInputException(
                        "participantId", "Only people enrolled in this group's program attend it");
            }
            store.addMember(groupId, participantId, viewer.actorId(), Instant.now(clock));
            return admission.detail("group=" + groupId);
        });
        return shown(viewer, group);
    }

    /** Marks one person present (from the roster, or as a walk-in). Marking someone twice changes nothing. */
    public SessionView markPresent(Viewer viewer, UUID groupId, UUID sessionId, UUID participantId) {
        GroupRow group = groups.group(viewer, groupId);
        return gate.change(viewer, participantId, GroupActions.ATTENDANCE, admission -> {
            GroupSession session = load(groupId, sessionId);
            boolean walkIn = !store.onRoster(groupId, participantId);
            session.markPresent(
                    participantId, walkIn, store.enrolledIn(group.programId(), participantId), group.capacity());
            save(session, viewer);
            admission.detail("session=" + sessionId + (walkIn ? " walk-in" : ""));
            return shown(admission.seen(), groupId, sessionId);
        });
    }

    /** The attendance form: exactly these roster members are present (walk-ins already marked stay). */
    public SessionView takeAttendance(Viewer viewer, UUID groupId, UUID sessionId, Set<UUID> present) {
        return saveSession(viewer, groupId, sessionId, new SessionSave(null, null, present, false));
    }

    /**
     * What the session page's one Save holds: the group note with the version it was read at (null:
     * not in the form), who is present among the roster (null: not in the form), and whether to sign.
     */
    public record SessionSave(String note, Long expectedVersion, Set<UUID> present, boolean sign) {}

    /**
     * The session page's Save, all or nothing in one transaction: the group note, the attendance
     * and, when asked, the signature with a group contact for each attendee. Refused anywhere (a
     * note too long, someone not on the roster, a version someone else changed), nothing of it is
     * kept. Everyone named or attending passes the gate first: someone the viewer may not see is
     * refused as unknown (404, a DENIED row), never told apart by a message about the roster.
     */
    public SessionView saveSession(Viewer viewer, UUID groupId, UUID sessionId, SessionSave save) {
        GroupRow group = groups.group(viewer, groupId);
        Form form = save.present() == null ? null : attendanceForm(viewer, groupId, sessionId);
        Set<UUID> touched = form == null ? Set.of() : form.touchedBy(save.present());
        List<UUID> attendees = save.sign() ? store.attendees(groupId, sessionId) : List.of();
        Set<UUID> people = new LinkedHashSet<>(touched);
        people.addAll(attendees);
        return gate.changeAll(
                viewer, people, save.sign() ? ContactActions.GROUP : GroupActions.ATTENDANCE, admission -> {
                    GroupSession session = load(groupId, sessionId);
                    if (save.sign()
                            && !new LinkedHashSet<>(session.attendees()).equals(new LinkedHashSet<>(attendees))) {
                        throw new StaleVersionException(GroupManagement.SESSION, session.version());
                    }
                    if (save.note() != null) {
                        session.writeNote(save.note(), save.expectedVersion() == null ? -1 : save.expectedVersion());
                        audit.record(AuditEvent.of(
                                viewer.actorId(), GroupActions.SESSION_NOTE, "group-session", sessionId.toString()));
                    }
                    if (save.present() != null) {
                        if (!form.roster().containsAll(save.present())) {
                            throw new InvalidInputException(
                                    "participantIds", "Choose people on the roster, or add a walk-in below");
                        }
                        for (UUID member : touched) {
                            if (save.present().contains(member)) {
                                session.markPresent(
                                        member, false, store.enrolledIn(group.programId(), member), group.capacity());
                                admission.recordFor(member, GroupActions.ATTENDANCE, "session=" + sessionId);
                            } else if (session.markAbsent(member)) {
                                admission.recordFor(member, GroupActions.ATTENDANCE_REMOVE, "session=" + sessionId);
                            }
                        }
                    }
                    if (save.sign()) {
                        // everyone attending now was attending before or is named in the form: all passed the gate
                        session.sign(
                                signer(viewer),
                                save.expectedVersion() == null ? session.version() : save.expectedVersion(),
                                LocalDate.now(clock),
                                Instant.now(clock));
                    }
                    save(session, viewer);
                    if (save.sign()) {
                        int units = recordContacts(admission, group, session);
                        audit.record(AuditEvent.of(
                                        viewer.actorId(),
                                        GroupActions.SESSION_SIGN,
                                        "group-session",
                                        sessionId.toString())
                                .withDetail("attendees=" + session.attendees().size() + " units=" + units));
                    }
                    return shown(admission.seen(), groupId, sessionId);
                });
    }

    /** Un-marks a person before the session is signed (a mistaken tap). */
    public SessionView markAbsent(Viewer viewer, UUID groupId, UUID sessionId, UUID participantId) {
        groups.group(viewer, groupId);
        return gate.change(viewer, participantId, GroupActions.ATTENDANCE_REMOVE, admission -> {
            GroupSession session = load(groupId, sessionId);
            session.markAbsent(participantId);
            save(session, viewer);
            admission.detail("session=" + sessionId);
            return shown(admission.seen(), groupId, sessionId);
        });
    }

    /**
     * Signs the session: it locks, and each attendee gets a signed group contact with units by the
     * group rule, in one transaction. Every attendee must be someone the signer may see.
     */
    public SessionView sign(Viewer viewer, UUID groupId, UUID sessionId, long expectedVersion) {
        return saveSession(viewer, groupId, sessionId, new SessionSave(null, expectedVersion, null, true));
    }

    /** What the attendance form works from: the roster and who is marked, as far as the viewer may see them. */
    private record Form(Set<UUID> roster, Set<UUID> marked) {

        /** Whom ticking exactly {@code present} changes: newly ticked, and marked roster members left unticked. */
        Set<UUID> touchedBy(Set<UUID> present) {
            Set<UUID> touched = new LinkedHashSet<>(present);
            touched.removeAll(marked);
            roster.stream()
                    .filter(marked::contains)
                    .filter(id -> !present.contains(id))
                    .forEach(touched::add);
            return touched;
        }
    }

    private Form attendanceForm(Viewer viewer, UUID groupId, UUID sessionId) {
        return gate.list(viewer, GroupActions.SESSION_VIEW, "group-session", sessionId, listing -> {
            Set<UUID> onRoster = new LinkedHashSet<>();
            store.roster(groupId, listing.visibility()).people().forEach(p -> onRoster.add(p.id()));
            return new Form(
                    onRoster,
                    new LinkedHashSet<>(shown(listing.visibility(), groupId, sessionId).attendance().stream()
                            .map(SessionView.Attendee::participantId)
                            .toList()));
        });
    }

    /** The session as seen through {@code visible} (names of people the viewer may see only). */
    private SessionView shown(Visibility visible, UUID groupId, UUID sessionId) {
        return store.session(groupId, sessionId, visible)
                .orElseThrow(() -> new NotFoundException(GroupManagement.SESSION));
    }

    private int recordContacts(Admission admission, GroupRow group, GroupSession session) {
        return contacts.recordGroupContacts(
                admission,
                new ContactNoteManagement.GroupContact(
                        session.id(),
                        new ArrayList<>(session.attendees()),
                        session.date(),
                        session.start(),
                        session.end(),
                        group.name(),
                        session.note()));
    }

    private GroupSession.Signer signer(Viewer viewer) {
        UUID id = viewer.staff().id();
        StaffDirectory.Signature signature =
                staff.signature(id).orElseThrow(() -> new NotFoundException("Your account"));
        return new GroupSession.Signer(id, signature.displayName(), signature.credential());
    }

    private GroupSession load(UUID groupId, UUID sessionId) {
        return store.load(groupId, sessionId).orElseThrow(() -> new NotFoundException(GroupManagement.SESSION));
    }

    private void save(GroupSession session, Viewer viewer) {
        if (!store.save(session, viewer.actorId(), Instant.now(clock))) {
            throw new StaleVersionException(GroupManagement.SESSION, session.version());
        }
    }
}
