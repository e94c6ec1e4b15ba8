package org.alongside.contact;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.domain.CheckInPlan;
import org.alongside.contact.domain.CheckInStore;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Telephone recovery support through the record gate: a person opts into check-in calls (a day,
 * a window, how often), the worker logs each call with one outcome, and a reached call is a signed
 * phone contact in the same step. Three unanswered calls in a row are announced as an event.
 */
@Service
public class CheckInCalls {

    /** How many of a person's calls their page shows. */
    public static final int LATEST = 10;

    private final RecordGate gate;
    private final ParticipantManagement participants;
    private final CheckInStore store;
    private final SignedNotes signedNotes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInCalls(
            RecordGate gate,
            ParticipantManagement participants,
            CheckInStore store,
            SignedNotes signedNotes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.store = store;
        this.signedNotes = signedNotes;
        this.events = events;
        this.clock = clock;
    }

    /** The calls a person agreed to; {@code version} is the one read (absent for a first opt-in). */
    public record PlanRequest(
            DayOfWeek weekday, LocalTime windowStart, LocalTime windowEnd, Integer everyWeeks, Long version) {}

    /**
     * One call: how it went, a line of what was said, the minutes (for a reached call, which is
     * billed as a phone contact), a follow-up date, and the words the note says when the worker
     * wrote none (in the worker's language).
     */
    public record CallLog(CallOutcome outcome, String words, Integer minutes, LocalDate followUp, String plainNote) {}

    /** The call as saved: the note a reached call signed, and whether it made three unanswered in a row. */
    public record Logged(UUID callId, CallOutcome outcome, UUID noteId, boolean unansweredInARow) {}

    /** The person's check-in calls: the plan (null when never set up) and the latest calls. */
    public record Calls(CheckInPlan plan, List<CheckInStore.Call> latest) {}

    /** A plan as the API shows it. */
    public record PlanView(
            DayOfWeek weekday,
            LocalTime windowStart,
            LocalTime windowEnd,
            int everyWeeks,
            LocalDate startsOn,
            boolean active,
            CheckInPlan.Stopped stopped,
            long version) {

        public static PlanView of(CheckInPlan plan) {
            return plan == null
                    ? null
                    : new PlanView(
                            plan.weekday(),
                            plan.windowStart(),
                            plan.windowEnd(),
                            plan.everyWeeks(),
                            plan.startsOn(),
                            plan.active(),
                            plan.stopped(),
                            plan.version());
        }
    }

    /** The check-in page: the person, their plan and their latest calls, in one gated read. */
    public WithPerson<Calls> page(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, ContactActions.CHECK_IN_VIEW, admission -> calls(participantId));
    }

    public Calls get(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, ContactActions.CHECK_IN_VIEW, admission -> calls(participantId));
    }

    private Calls calls(UUID participantId) {
        return new Calls(store.load(participantId).orElse(null), store.latest(participantId, LATEST));
    }

    /** The person opts in, or changes their day, window or rhythm (which restarts stopped calls). */
    public CheckInPlan plan(Viewer viewer, UUID participantId, PlanRequest request) {
        return gate.change(viewer, participantId, ContactActions.CHECK_IN_PLAN, admission -> {
            LocalDate today = LocalDate.now(clock);
            Optional<CheckInPlan> existing = store.load(participantId);
            CheckInPlan plan;
            if (existing.isPresent()) {
                plan = existing.get();
                plan.change(
                        request.weekday(),
                        request.windowStart(),
                        request.windowEnd(),
                        request.everyWeeks(),
                        request.version() == null ? -1 : request.version(),
                        today);
            } else {
                plan = CheckInPlan.optIn(
                        participantId,
                        request.weekday(),
                        request.windowStart(),
                        request.windowEnd(),
                        request.everyWeeks(),
                        today);
            }
            store.save(plan, viewer.staff().id(), Instant.now(clock));
            admission.detail("check-in " + plan.weekday() + " every " + plan.everyWeeks());
            return plan;
        });
    }

    /**
     * The worker ends the calls (the person asking to stop is a call outcome). Ending calls that
     * were never set up changes nothing and answers null.
     */
    public CheckInPlan stop(Viewer viewer, UUID participantId, long version) {
        return gate.change(viewer, participantId, ContactActions.CHECK_IN_PLAN, admission -> {
            Optional<CheckInPlan> found = store.load(participantId);
            if (found.isEmpty()) {
                return null;
            }
            CheckInPlan plan = found.get();
            plan.requireVersion(version);
            plan.stop(CheckInPlan.Stopped.ENDED);
            store.save(plan, viewer.staff().id(), Instant.now(clock));
            admission.detail("check-in ended");
            return plan;
        });
    }

    /**
     * Logs one call. A reached call signs a phone note (what was said, or the plain note, is its
     * narrative) in the same transaction; the others are attempts. The access rule rides in the
     * note's signing statement, or in the call's own insert.
     */
    public Logged log(Viewer viewer, UUID participantId, CallLog call) {
        UUID by = viewer.staff().id();
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        return gate.changeWithRuleInline(viewer, participantId, ContactActions.CALL, admission -> {
            Map<String, String> errors = problems(call, today);
            if (!errors.isEmpty()) {
                // refused as missing for someone the viewer may not see, whatever they sent
                if (!store.sees(admission.visibility(), participantId)) {
                    return Optional.empty();
                }
                throw new InvalidInputException(errors);
            }
            UUID noteId = null;
            if (call.outcome() == CallOutcome.REACHED) {
                Optional<UUID> note = signedNotes
                        .write(admission, by, reachedNote(call, today))
                        .map(n -> n.id());
                if (note.isEmpty()) {
                    return Optional.empty();
                }
                noteId = note.get();
            }
            CheckInStore.Call saved = new CheckInStore.Call(
                    UUID.randomUUID(),
                    participantId,
                    by,
                    now,
                    today,
                    call.outcome(),
                    Blank.toNull(call.words()),
                    call.followUp(),
                    noteId);
            Optional<Integer> earlier = store.insert(admission.visibility(), saved);
            if (earlier.isEmpty()) {
                return Optional.empty();
            }
            boolean inARow = call.outcome().unanswered() && earlier.get() == CallOutcome.UNANSWERED_IN_A_ROW - 1;
            admission.detail("call " + call.outcome() + (noteId == null ? "" : " note=" + noteId));
            if (inARow) {
                events.publishEvent(new CallsUnanswered(participantId, by, today));
            }
            return Optional.of(new Logged(saved.id(), call.outcome(), noteId, inARow));
        });
    }

    /**
     * A call on the list: who, the number, the window, the last call, and whether three calls in a
     * row went unanswered (such a person is listed even on a day without a planned call).
     */
    public record CallDue(
            UUID participantId,
            String name,
            String phone,
            boolean plannedToday,
            LocalTime windowStart,
            LocalTime windowEnd,
            CallOutcome lastOutcome,
            LocalDate lastOn,
            boolean unansweredInARow) {}

    /** The viewer's calls for today: the people on their caseload to call, and those not reached three times. */
    public List<CallDue> callsToday(Viewer.StaffMember viewer) {
        LocalDate today = LocalDate.now(clock);
        return gate.list(
                viewer,
                ContactActions.CALL_LIST,
                "check-in-calls",
                null,
                listing -> due(store.planned(listing.visibility().caseloadOf(viewer.id())), today));
    }

    /** The calls to make on {@code day} among {@code planned}, in the order of their windows. */
    static List<CallDue> due(List<CheckInStore.Planned> planned, LocalDate day) {
        return planned.stream()
                .filter(p -> p.toCallOn(day) || p.unansweredInARow())
                .sorted(java.util.Comparator.comparing(
                                (CheckInStore.Planned p) -> p.plan().windowStart())
                        .thenComparing(CheckInStore.Planned::name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new CallDue(
                        p.participantId(),
                        p.name(),
                        p.phone(),
                        p.toCallOn(day),
                        p.plan().windowStart(),
                        p.plan().windowEnd(),
                        p.lastOutcome(),
                        p.lastOn(),
                        p.unansweredInARow()))
                .toList();
    }

    private static NoteContent reachedNote(CallLog call, LocalDate today) {
        String words = Blank.toNull(call.words());
        return new NoteContent(
                today,
                null,
                null,
                call.minutes(),
                ContactMode.PHONE_CALL,
                null,
                Set.of(Activity.MENTORING_AND_GOALS),
                Set.of(),
                List.of(),
                words == null ? call.plainNote() : words,
                null,
                null,
                call.followUp());
    }

    private static Map<String, String> problems(CallLog call, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (call.outcome() == null) {
            errors.put("outcome", "Choose how the call went");
        }
        if (call.words() != null && call.words().length() > 1000) {
            errors.put("words", "Use at most 1000 characters");
        }
        if (call.outcome() == CallOutcome.REACHED
                && (call.minutes() == null || call.minutes() < 1 || call.minutes() > 240)) {
            errors.put("minutes", "A reached call lasts from 1 to 240 minutes");
        }
        if (call.followUp() != null && call.followUp().isBefore(today)) {
            errors.put("followUp", "A follow-up is today or later");
        }
        return errors;
    }
}
