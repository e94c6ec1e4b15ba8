package org.alongside.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.alongside.participant.ParticipantView.AssignmentView;
import org.alongside.participant.ParticipantView.EnrolmentView;
import org.alongside.participant.domain.Participant;
import org.alongside.participant.domain.ParticipantQueries;
import org.alongside.participant.domain.ParticipantViews;
import org.alongside.participant.domain.Participants;
import org.alongside.shared.Action;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSummary;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every read and write of a participant record, each through the {@link RecordGate}: a record
 * the user may not see answers like one that does not exist.
 */
@Service
public class ParticipantManagement {

    static final String WHAT = RecordGate.WHAT;
    private static final String NOT_A_PEER_WORKER = "Choose an active peer worker of this program";
    /** Lists and search results stop here; the pages and API say so and ask for a narrower search. */
    public static final int MAX_RESULTS = 200;

    private final Participants participants;
    private final ParticipantQueries queries;
    private final ParticipantViews views;
    private final RecordGate gate;
    private final StaffDirectory staff;
    private final ProgramManagement programs;
    /** Asked per page, not at start-up: the modules that implement it depend on this one. */
    private final ObjectProvider<RecordSummaries> summaries;

    private final ObjectProvider<CaseloadReminders> reminders;

    private final Clock clock;

    ParticipantManagement(
            Participants participants,
            ParticipantQueries queries,
            ParticipantViews views,
            RecordGate gate,
            StaffDirectory staff,
            ProgramManagement programs,
            ObjectProvider<RecordSummaries> summaries,
            ObjectProvider<CaseloadReminders> reminders,
            Clock clock) {
        this.clock = clock;
        this.reminders = reminders;
        this.participants = participants;
        this.queries = queries;
        this.views = views;
        this.gate = gate;
        this.staff = staff;
        this.programs = programs;
        this.summaries = summaries;
    }

    public record NewParticipant(
            ParticipantDetails details,
            UUID programId,
            UUID primaryWorkerId,
            String referralSource,
            LocalDate startDate) {}

    public ParticipantView enrol(Viewer viewer, NewParticipant command) {
        Viewer.StaffMember actor = viewer.staff();
        return gate.create(viewer, ParticipantActions.CREATE, admission -> {
            ParticipantRules.check(command.details(), LocalDate.now(clock));
            checkEnrolment(actor, command);
            Participant participant = Participant.enrol(
                    command.details(),
                    command.programId(),
                    Blank.toNull(command.referralSource()),
                    command.startDate() == null ? LocalDate.now(clock) : command.startDate(),
                    command.primaryWorkerId(),
                    actor.id(),
                    Instant.now(clock));
            participants.save(participant);
            admission.created(participant.id());
            return view(participant);
        });
    }

    public ParticipantView get(Viewer viewer, UUID id) {
        return gate.read(viewer, id, ParticipantActions.VIEW, admission -> view(load(id)));
    }

    /** The person's page: their record and every module's summary card, in one gated, audited read. */
    public PersonPage page(Viewer viewer, UUID id) {
        LocalDate today = LocalDate.now(clock);
        return gate.read(
                viewer,
                id,
                ParticipantActions.VIEW,
                admission -> new PersonPage(
                        view(load(id)),
                        summaries.stream()
                                .flatMap(source -> source.cardsFor(admission, today).stream())
                                .sorted(Comparator.comparingInt(RecordSummaries.Card::order))
                                .toList()));
    }

    /** The accounting of the person's disclosures, newest first: read, checked and audited like the record. */
    public List<Disclosure.Accounted> disclosures(Viewer viewer, UUID id) {
        return gate.read(viewer, id, ParticipantActions.DISCLOSURES, gate::disclosuresOf);
    }

    /** The administrative side of the record: the person and the accounting of their disclosures, in one gated read. */
    public WithPerson<List<Disclosure.Accounted>> recordPage(Viewer viewer, UUID id) {
        return gate.read(
                viewer, id, ParticipantActions.VIEW, admission -> with(admission, gate.disclosuresOf(admission)));
    }

    /**
     * The admitted person's record, for a page whose own gated read already checked and audited
     * access (the person's name in a plan page's header): no second check, no second audit row.
     */
    public ParticipantView get(Admission admission) {
        return views.of(admission.participantId()).orElseThrow(() -> new NotFoundException(WHAT));
    }

    /**
     * A page about one person: the person (for its header) and a module's part, read by {@code
     * content} under the same admission, in one gated read (one check, one audit row).
     */
    public <T> WithPerson<T> readWithPerson(
            Viewer viewer, UUID participantId, Action action, Function<Admission, T> content) {
        return gate.read(viewer, participantId, action, admission -> with(admission, content.apply(admission)));
    }

    /** The admitted person with a module's part of a page, read under the same admission. */
    public <T> WithPerson<T> with(Admission admission, T content) {
        return new WithPerson<>(get(admission), content);
    }

    public ParticipantView update(Viewer viewer, UUID id, ParticipantDetails details, long expectedVersion) {
        return gate.change(viewer, id, ParticipantActions.UPDATE, admission -> {
            Participant participant = loadForChange(id, expectedVersion);
            ParticipantRules.check(details, LocalDate.now(clock));
            participant.describe(details, Instant.now(clock));
            return save(participant);
        });
    }

    /** Moves the person to another peer worker's caseload. Supervisors and administrators only (else 403). */
    public ParticipantView transfer(Viewer viewer, UUID id, UUID workerId, String reason, long expectedVersion) {
        return gate.change(viewer, id, ParticipantActions.TRANSFER, admission -> {
            Viewer.StaffMember actor = viewer.staff();
            Participant participant = loadForChange(id, expectedVersion);
            if (!actor.isAdmin() && !actor.isSupervisor()) {
                throw new AccessDeniedException("Only a supervisor or administrator can transfer a caseload");
            }
            UUID program = participant
                    .enrolments()
                    .get(participant.enrolments().size() - 1)
                    .programId();
            requirePeerWorkerIn(actor, program, workerId);
            participant.transferTo(workerId, Blank.toNull(reason), actor.id(), Instant.now(clock));
            admission.detail("to=" + workerId);
            return save(participant);
        });
    }

    public ParticipantView changeEnrolmentStatus(
            Viewer viewer, UUID id, EnrolmentStatus status, String reason, long expectedVersion) {
        return gate.change(viewer, id, ParticipantActions.ENROLMENT_STATUS, admission -> {
            Participant participant = loadForChange(id, expectedVersion);
            if (status == null) {
                throw new InvalidInputException("status", "Choose active, paused or discharged");
            }
            participant.changeEnrolmentStatus(
                    status, limit(reason, "reason"), LocalDate.now(clock), Instant.now(clock));
            admission.detail("status=" + status);
            return save(participant);
        });
    }

    public ParticipantView deactivate(Viewer viewer, UUID id, String reason, long expectedVersion) {
        return gate.change(viewer, id, ParticipantActions.DEACTIVATE, admission -> {
            Participant participant = loadForChange(id, expectedVersion);
            participant.deactivate(limit(reason, "reason"), Instant.now(clock));
            return save(participant);
        });
    }

    public List<ParticipantRow> caseload(Viewer viewer, boolean mineOnly, boolean includeInactive) {
        return gate.list(
                viewer,
                ParticipantActions.LIST,
                "caseload",
                null,
                listing -> queries.caseload(
                        listing.visibility(), mineOnly ? viewer.actorId() : null, includeInactive, MAX_RESULTS));
    }

    /** The caseload page: the people, and what other modules want noticed about them, in one gated list. */
    public record CaseloadPage(List<ParticipantRow> people, Map<UUID, List<CaseloadReminders.Reminder>> reminders) {}

    /** The caseload (or, with words, a search of everyone the viewer may see) with each person's reminders. */
    public CaseloadPage caseloadPage(Viewer viewer, String query, boolean mineOnly) {
        return caseloadPage(viewer, query, mineOnly ? viewer.actorId() : null, false);
    }

    /**
     * As above, narrowed to one worker's caseload (as far as the viewer sees it: a supervisor
     * following a team line), and with {@code needingAttention} to the people with something
     * overdue or due.
     */
    public CaseloadPage caseloadPage(Viewer viewer, String query, UUID worker, boolean needingAttention) {
        String q = query == null ? "" : query.trim();
        if (q.length() > 100) {
            throw new InvalidInputException("q", "Search for at most 100 characters");
        }
        return gate.list(
                viewer,
                q.isEmpty() ? ParticipantActions.LIST : ParticipantActions.SEARCH,
                q.isEmpty() ? "caseload" : "participant",
                null,
                listing -> {
                    List<ParticipantRow> people = q.isEmpty()
                            ? queries.caseload(listing.visibility(), worker, false, MAX_RESULTS)
                            : queries.search(listing.visibility(), q, MAX_RESULTS);
                    Map<UUID, List<CaseloadReminders.Reminder>> reminders = remindersFor(listing, people);
                    if (needingAttention) {
                        people = people.stream()
                                .filter(p -> reminders.getOrDefault(p.id(), List.of()).stream()
                                        .anyMatch(CaseloadReminders.Reminder::attention))
                                .toList();
                    }
                    listing.detail("results=" + people.size());
                    return new CaseloadPage(people, reminders);
                });
    }

    private Map<UUID, List<CaseloadReminders.Reminder>> remindersFor(Listing listing, List<ParticipantRow> people) {
        List<UUID> ids = people.stream().map(ParticipantRow::id).toList();
        Map<UUID, List<CaseloadReminders.Reminder>> all = new HashMap<>();
        reminders.forEach(source -> source.remindersFor(listing, ids, LocalDate.now(clock))
                .forEach((id, said) ->
                        all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(said)));
        return all;
    }

    public List<ParticipantRow> search(Viewer viewer, String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return caseload(viewer, false, false);
        }
        if (q.length() > 100) {
            throw new InvalidInputException("q", "Search for at most 100 characters");
        }
        return gate.list(
                viewer,
                ParticipantActions.SEARCH,
                "participant",
                null,
                listing -> queries.search(listing.visibility(), q, MAX_RESULTS));
    }

    /**
     * Per-program figures among the people {@code visible} covers; for a page already inside the
     * gate's audited list (the Today page), so it is not audited again here.
     */
    public List<ProgramFigures> figures(Visibility visible) {
        return queries.figures(visible);
    }

    /** Programs the user may enrol people in, with the peer workers who can take them on. */
    public Map<ProgramSummary, List<StaffSummary>> enrolmentChoices(Viewer viewer) {
        Map<ProgramSummary, List<StaffSummary>> choices = new LinkedHashMap<>();
        for (ProgramSummary program : programs.list(viewer.staff())) {
            if (program.active()) {
                choices.put(program, staff.peerWorkersIn(List.of(program.id())));
            }
        }
        return choices;
    }

    private void checkEnrolment(Viewer.StaffMember actor, NewParticipant command) {
        if (command.programId() == null) {
            throw new InvalidInputException("programId", "Choose a program you work in");
        }
        if (command.primaryWorkerId() == null) {
            throw new InvalidInputException("primaryWorkerId", "Choose the person's primary peer worker");
        }
        StaffDirectory.EnrolmentParties parties =
                staff.enrolmentParties(command.programId(), actor.id(), command.primaryWorkerId());
        if (!parties.enrollerInProgram()) {
            throw new InvalidInputException("programId", "Choose a program you work in");
        }
        if (!parties.workerAvailable()) {
            throw new InvalidInputException("primaryWorkerId", NOT_A_PEER_WORKER);
        }
        if (command.startDate() != null
                && command.startDate().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidInputException("startDate", "Enter a start date within the next year");
        }
        if (command.referralSource() != null && command.referralSource().trim().length() > 200) {
            throw new InvalidInputException("referralSource", "Use at most 200 characters");
        }
    }

    private void requirePeerWorkerIn(Viewer.StaffMember actor, UUID programId, UUID workerId) {
        if (!staff.enrolmentParties(programId, actor.id(), workerId).workerAvailable()) {
            throw new InvalidInputException("primaryWorkerId", NOT_A_PEER_WORKER);
        }
    }

    private Participant load(UUID id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException(WHAT));
    }

    private Participant loadForChange(UUID id, long expectedVersion) {
        Participant participant = load(id);
        if (participant.version() != expectedVersion) {
            throw new StaleVersionException(WHAT, participant.version());
        }
        return participant;
    }

    private ParticipantView save(Participant participant) {
        try {
            participants.save(participant);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(WHAT, participant.version());
        }
        return view(participant);
    }

    private ParticipantView view(Participant p) {
        Map<UUID, String> programNames =
                programs.names(p.enrolments().stream().map(e -> e.programId()).toList());
        Set<UUID> workers = new HashSet<>();
        workers.add(p.primaryWorkerId());
        p.assignments().forEach(a -> workers.add(a.workerId()));
        Map<UUID, String> workerNames = staff.names(workers);
        List<EnrolmentView> enrolments = p.enrolments().stream()
                .map(e -> new EnrolmentView(
                        e.programId(),
                        programNames.get(e.programId()),
                        e.referralSource(),
                        e.startDate(),
                        e.status(),
                        e.dischargeReason(),
                        e.endedOn()))
                .toList();
        List<AssignmentView> assignments = p.assignments().stream()
                .map(a -> new AssignmentView(
                        a.workerId(), workerNames.get(a.workerId()), a.assignedAt(), a.endedAt(), a.reason()))
                .toList();
        return new ParticipantView(
                p.id(),
                p.details(),
                p.primaryWorkerId(),
                workerNames.get(p.primaryWorkerId()),
                enrolments,
                assignments,
                p.active(),
                p.deactivatedReason(),
                p.version());
    }

    private static String limit(String value, String field) {
        if (value != null && value.trim().length() > 500) {
            throw new InvalidInputException(field, "Use at most 500 characters");
        }
        return Blank.toNull(value);
    }
}
