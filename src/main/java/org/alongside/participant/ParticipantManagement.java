package org.alongside.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.participant.ParticipantView.AssignmentView;
import org.alongside.participant.ParticipantView.EnrolmentView;
import org.alongside.participant.domain.Participant;
import org.alongside.participant.domain.ParticipantQueries;
import org.alongside.participant.domain.Participants;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSummary;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read and write of a participant record: each checks access (a record the user may not see
 * answers like one that does not exist), runs in one transaction, and writes its audit record.
 */
@Service
public class ParticipantManagement {

    static final String WHAT = "This person's record";
    private static final String NOT_A_PEER_WORKER = "Choose an active peer worker of this program";
    /** Lists and search results stop here; the pages and API say so and ask for a narrower search. */
    public static final int MAX_RESULTS = 200;

    private final Participants participants;
    private final ParticipantQueries queries;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final ProgramManagement programs;
    private final Clock clock;

    ParticipantManagement(Participants participants, ParticipantQueries queries, ParticipantAccess access,
            AuditLog audit, StaffDirectory staff, ProgramManagement programs) {
        this.participants = participants;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.staff = staff;
        this.programs = programs;
        this.clock = Clock.systemDefaultZone();
    }

    public record NewParticipant(ParticipantDetails details, UUID programId, UUID primaryWorkerId,
            String referralSource, LocalDate startDate) {
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView enrol(CurrentUser actor, NewParticipant command) {
        ParticipantRules.check(command.details(), LocalDate.now(clock));
        checkEnrolment(actor, command);
        Participant participant = Participant.enrol(command.details(), command.programId(),
                trimToNull(command.referralSource()), command.startDate() == null ? LocalDate.now(clock) : command.startDate(),
                command.primaryWorkerId(), actor.id(), Instant.now(clock));
        participants.save(participant);
        audit.record(AuditEvent.onParticipant(actor.id(), "participant.create", participant.id()));
        return view(participant);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView get(CurrentUser actor, UUID id) {
        Participant participant = loadVisible(actor, id, "participant.view");
        audit.record(AuditEvent.onParticipant(actor.id(), "participant.view", id));
        return view(participant);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView update(CurrentUser actor, UUID id, ParticipantDetails details, long expectedVersion) {
        Participant participant = loadForChange(actor, id, expectedVersion, "participant.update");
        ParticipantRules.check(details, LocalDate.now(clock));
        participant.describe(details, Instant.now(clock));
        return save(actor, participant, "participant.update", null);
    }

    /** Moves the person to another peer worker's caseload. Supervisors and administrators only (else 403). */
    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView transfer(CurrentUser actor, UUID id, UUID workerId, String reason, long expectedVersion) {
        Participant participant = loadForChange(actor, id, expectedVersion, "participant.transfer");
        if (!actor.isAdmin() && !actor.isSupervisor()) {
            throw new AccessDeniedException("Only a supervisor or administrator can transfer a caseload");
        }
        UUID program = participant.enrolments().get(participant.enrolments().size() - 1).programId();
        requirePeerWorkerIn(actor, program, workerId);
        participant.transferTo(workerId, trimToNull(reason), actor.id(), Instant.now(clock));
        return save(actor, participant, "participant.transfer", "to=" + workerId);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView changeEnrolmentStatus(CurrentUser actor, UUID id, EnrolmentStatus status, String reason,
            long expectedVersion) {
        Participant participant = loadForChange(actor, id, expectedVersion, "participant.enrolment-status");
        if (status == null) {
            throw new InvalidInputException("status", "Choose active, paused or discharged");
        }
        participant.changeEnrolmentStatus(status, limit(reason, "reason"), LocalDate.now(clock), Instant.now(clock));
        return save(actor, participant, "participant.enrolment-status", "status=" + status);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ParticipantView deactivate(CurrentUser actor, UUID id, String reason, long expectedVersion) {
        Participant participant = loadForChange(actor, id, expectedVersion, "participant.deactivate");
        participant.deactivate(limit(reason, "reason"), Instant.now(clock));
        return save(actor, participant, "participant.deactivate", null);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public List<ParticipantRow> caseload(CurrentUser actor, boolean mineOnly, boolean includeInactive) {
        List<ParticipantRow> rows = queries.caseload(actor, mineOnly, includeInactive, MAX_RESULTS);
        audit.record(AuditEvent.of(actor.id(), "participant.list", "caseload", null)
                .withDetail("results=" + rows.size()));
        return rows;
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public List<ParticipantRow> search(CurrentUser actor, String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return caseload(actor, false, false);
        }
        if (q.length() > 100) {
            throw new InvalidInputException("q", "Search for at most 100 characters");
        }
        List<ParticipantRow> rows = queries.search(actor, q, MAX_RESULTS);
        audit.record(AuditEvent.of(actor.id(), "participant.search", "participant", null)
                .withDetail("results=" + rows.size()));
        return rows;
    }

    /** Programs the user may enrol people in, with the peer workers who can take them on. */
    @Transactional(readOnly = true)
    public Map<ProgramSummary, List<StaffSummary>> enrolmentChoices(CurrentUser actor) {
        List<UUID> mine = programs.programsOf(actor.id());
        Map<ProgramSummary, List<StaffSummary>> choices = new java.util.LinkedHashMap<>();
        for (ProgramSummary program : programs.list()) {
            if (mine.contains(program.id()) && program.active()) {
                choices.put(program, staff.peerWorkersIn(List.of(program.id())));
            }
        }
        return choices;
    }

    private void checkEnrolment(CurrentUser actor, NewParticipant command) {
        if (command.programId() == null) {
            throw new InvalidInputException("programId", "Choose a program you work in");
        }
        if (command.primaryWorkerId() == null) {
            throw new InvalidInputException("primaryWorkerId", "Choose the person's primary peer worker");
        }
        StaffDirectory.EnrolmentParties parties = staff.enrolmentParties(command.programId(), actor.id(),
                command.primaryWorkerId());
        if (!parties.enrollerInProgram()) {
            throw new InvalidInputException("programId", "Choose a program you work in");
        }
        if (!parties.workerAvailable()) {
            throw new InvalidInputException("primaryWorkerId", NOT_A_PEER_WORKER);
        }
        if (command.startDate() != null && command.startDate().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidInputException("startDate", "Enter a start date within the next year");
        }
        if (command.referralSource() != null && command.referralSource().trim().length() > 200) {
            throw new InvalidInputException("referralSource", "Use at most 200 characters");
        }
    }

    private void requirePeerWorkerIn(CurrentUser actor, UUID programId, UUID workerId) {
        if (!staff.enrolmentParties(programId, actor.id(), workerId).workerAvailable()) {
            throw new InvalidInputException("primaryWorkerId", NOT_A_PEER_WORKER);
        }
    }

    private Participant loadVisible(CurrentUser actor, UUID id, String action) {
        access.require(actor, id, action);
        return participants.findById(id).orElseThrow(() -> new NotFoundException(WHAT));
    }

    private Participant loadForChange(CurrentUser actor, UUID id, long expectedVersion, String action) {
        Participant participant = loadVisible(actor, id, action);
        if (participant.version() != expectedVersion) {
            throw new StaleVersionException(WHAT, participant.version());
        }
        return participant;
    }

    private ParticipantView save(CurrentUser actor, Participant participant, String action, String detail) {
        try {
            participants.save(participant);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new StaleVersionException(WHAT, participant.version());
        }
        audit.record(AuditEvent.onParticipant(actor.id(), action, participant.id()).withDetail(detail));
        return view(participant);
    }

    private ParticipantView view(Participant p) {
        Map<UUID, String> programNames = programs.names(p.enrolments().stream().map(e -> e.programId()).toList());
        java.util.Set<UUID> workers = new java.util.HashSet<>();
        workers.add(p.primaryWorkerId());
        p.assignments().forEach(a -> workers.add(a.workerId()));
        Map<UUID, String> workerNames = staff.names(workers);
        List<EnrolmentView> enrolments = p.enrolments().stream()
                .map(e -> new EnrolmentView(e.programId(), programNames.get(e.programId()), e.referralSource(),
                        e.startDate(), e.status(), e.dischargeReason(), e.endedOn()))
                .toList();
        List<AssignmentView> assignments = p.assignments().stream()
                .map(a -> new AssignmentView(a.workerId(), workerNames.get(a.workerId()), a.assignedAt(), a.endedAt(),
                        a.reason()))
                .toList();
        return new ParticipantView(p.id(), p.details(), p.primaryWorkerId(), workerNames.get(p.primaryWorkerId()),
                enrolments, assignments, p.active(), p.deactivatedReason(), p.version());
    }

    private static String limit(String value, String field) {
        if (value != null && value.trim().length() > 500) {
            throw new InvalidInputException(field, "Use at most 500 characters");
        }
        return trimToNull(value);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
