package org.alongside.groups;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
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
import org.alongside.groups.domain.GroupSession;
import org.alongside.groups.domain.GroupStore;
import org.alongside.groups.domain.GroupStore.GroupRow;
import org.alongside.participant.Visibility;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.staff.ProgramManagement;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery groups of a program, the parts that are not anyone's record: administrators and
 * supervisors of the program set a group up; its facilitators (and they) open sessions and write
 * the group note. Who comes, and signing, touch people's records and live in {@link AttendanceManagement}.
 */
@Service
@Transactional
public class GroupManagement {

    static final String GROUP = "This group";
    static final String SESSION = "This session";

    private final GroupStore store;
    private final AuditLog audit;
    private final ProgramManagement programs;
    private final Clock clock;

    GroupManagement(GroupStore store, AuditLog audit, ProgramManagement programs, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.audit = audit;
        this.programs = programs;
    }

    public record NewGroup(
            @Schema(requiredMode = REQUIRED) UUID programId,
            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED) GroupType type,
            String schedule,
            @Schema(requiredMode = REQUIRED) Integer capacity,
            @Schema(requiredMode = REQUIRED) List<UUID> facilitatorIds) {}

    public record NewSession(LocalDate date, LocalTime start, LocalTime end, String topic) {}

    public GroupView create(Viewer viewer, NewGroup command) {
        StaffMember actor = viewer.staff();
        if (!actor.isAdmin() && !actor.isSupervisor()) {
            throw new AccessDeniedException("Administrators and supervisors set up groups");
        }
        Map<String, String> errors = GroupRules.checkGroup(command);
        if (command.programId() != null && !programs.isMember(command.programId(), actor.id())) {
            errors.put("programId", "Choose one of your programs");
        }
        Set<UUID> facilitators =
                new LinkedHashSet<>(command.facilitatorIds() == null ? List.of() : command.facilitatorIds());
        if (command.programId() != null
                && facilitators.stream().anyMatch(id -> !programs.isMember(command.programId(), id))) {
            errors.put("facilitatorIds", "Facilitators are staff of the group's program");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        store.insertGroup(
                new GroupRow(
                        id,
                        command.programId(),
                        null,
                        command.name().trim(),
                        command.type(),
                        Blank.toNull(command.schedule()),
                        command.capacity(),
                        0),
                facilitators,
                Instant.now(clock));
        audit.record(AuditEvent.of(actor.id(), GroupActions.CREATE, "recovery-group", id.toString()));
        return view(group(viewer, id), new GroupStore.Roster(List.of(), 0));
    }

    @Transactional(readOnly = true)
    public List<GroupRow> list(Viewer viewer) {
        return store.list(viewer.staff(), programsRunBy(viewer.staff()));
    }

    public SessionView startSession(Viewer viewer, UUID groupId, NewSession command) {
        group(viewer, groupId);
        GroupRules.checkSession(command);
        UUID id = UUID.randomUUID();
        store.insert(
                GroupSession.open(
                        id,
                        groupId,
                        command.date(),
                        command.start(),
                        command.end(),
                        command.topic().trim()),
                Instant.now(clock));
        audit.record(AuditEvent.of(viewer.actorId(), GroupActions.SESSION, "group-session", id.toString())
                .withDetail("group=" + groupId));
        return store.session(groupId, id, Visibility.nobody()).orElseThrow(() -> new NotFoundException(SESSION));
    }

    /**
     * The group note, written while the session is open; it is copied into each attendee's record
     * at signing. Answers the session's new version (the session as shown is read through
     * {@link AttendanceManagement#getSession}, which names only people the viewer may see).
     */
    public long saveNote(Viewer viewer, UUID groupId, UUID sessionId, String note, long expectedVersion) {
        group(viewer, groupId);
        GroupSession session = store.load(groupId, sessionId).orElseThrow(() -> new NotFoundException(SESSION));
        session.writeNote(note, expectedVersion);
        if (!store.save(session, viewer.actorId(), Instant.now(clock))) {
            throw new StaleVersionException(SESSION, session.version());
        }
        audit.record(AuditEvent.of(viewer.actorId(), GroupActions.SESSION_NOTE, "group-session", sessionId.toString()));
        return session.version();
    }

    /**
     * The group if the viewer may see it (facilitators, administrators and supervisors of its
     * program); otherwise the refusal is recorded and the answer is that of a missing group.
     */
    GroupRow group(Viewer viewer, UUID groupId) {
        return store.find(viewer.staff(), programsRunBy(viewer.staff()), groupId)
                .orElseThrow(() -> audit.refusal(
                        GROUP,
                        List.of(AuditEvent.denied(viewer.actorId(), GroupActions.ACCESS, "recovery-group", groupId))));
    }

    /** The programs whose groups an administrator or supervisor sees; none for anyone else. */
    private List<UUID> programsRunBy(StaffMember viewer) {
        return viewer.isAdmin() || viewer.isSupervisor() ? programs.programsOf(viewer.id()) : List.of();
    }

    /** The group as shown, with the roster as the viewer may see it. */
    GroupView view(GroupRow g, GroupStore.Roster roster) {
        UUID groupId = g.id();
        return new GroupView(
                g.id(),
                g.programId(),
                g.programName(),
                g.name(),
                g.type(),
                g.schedule(),
                g.capacity(),
                store.facilitators(groupId),
                roster.people(),
                roster.others(),
                store.sessions(groupId),
                g.version());
    }
}
