package org.alongside.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.domain.EpisodeStore;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.outcomes.domain.LifeEventStore;
import org.alongside.outcomes.domain.ReliableChange;
import org.alongside.outcomes.domain.Response;
import org.alongside.outcomes.domain.Response.CompletedBy;
import org.alongside.outcomes.domain.ResponseStore;
import org.alongside.outcomes.domain.Score;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A person's questionnaires through the record gate: a response recorded and scored with the
 * newest version of its pack, the person's measures over time with change from their baseline
 * (their first scorable response to that instrument) and reliable change, and a safety flag that
 * stays open until a supervisor acknowledges it.
 */
@Service
public class Measures {

    private final RecordGate gate;
    private final ParticipantManagement participants;
    private final InstrumentCatalog catalog;
    private final ResponseStore store;
    private final LifeEventStore lifeEvents;
    private final EpisodeStore episodes;
    private final MeasureSchedules schedules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Measures(
            RecordGate gate,
            ParticipantManagement participants,
            InstrumentCatalog catalog,
            ResponseStore store,
            LifeEventStore lifeEvents,
            EpisodeStore episodes,
            MeasureSchedules schedules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.catalog = catalog;
        this.store = store;
        this.lifeEvents = lifeEvents;
        this.episodes = episodes;
        this.schedules = schedules;
        this.events = events;
        this.clock = clock;
    }

    /** What was given: the instrument, the day (today when absent), who completed it, and the answers by item id. */
    public record ResponseForm(
            String instrumentId, LocalDate completedOn, CompletedBy completedBy, Map<String, Integer> answers) {}

    /** A response as saved, with its score and the change from the person's baseline (null for the baseline itself). */
    public record Recorded(Response response, Instrument instrument, Score score, ReliableChange change) {}

    /** One instrument's responses for a person, oldest first, and the change from baseline to the latest scorable one. */
    public record Trajectory(Instrument instrument, List<Response> responses, ReliableChange change) {}

    /**
     * A person's measures: each instrument they have answered, the safety responses still open,
     * their life events (newest first), and the measures due in their latest episode of care.
     */
    public record PersonMeasures(
            List<Trajectory> trajectories,
            List<Response> safetyOpen,
            List<LifeEvent> events,
            List<Schedule.Standing> due) {}

    public Recorded record(Viewer viewer, UUID participantId, ResponseForm form) {
        return gate.change(viewer, participantId, OutcomeActions.RESPONSE_RECORD, admission -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Instrument instrument = form.instrumentId() == null
                    ? null
                    : catalog.current(form.instrumentId()).orElse(null);
            if (instrument == null) {
                errors.put("instrumentId", "Choose a questionnaire from the list");
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate on = form.completedOn() == null ? today : form.completedOn();
            if (form.answers() == null || form.answers().values().stream().allMatch(java.util.Objects::isNull)) {
                errors.put("answers", "Answer at least one question");
            }
            if (on.isAfter(today)) {
                errors.put("completedOn", "A questionnaire is completed today or on an earlier day");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            Map<String, Integer> answers = new HashMap<>(form.answers() == null ? Map.of() : form.answers());
            answers.values().removeIf(java.util.Objects::isNull);
            Score score = Score.of(instrument, answers);
            Response response = new Response(
                    UUID.randomUUID(),
                    participantId,
                    instrument.id(),
                    instrument.version(),
                    on,
                    form.completedBy() == null ? CompletedBy.WITH_STAFF : form.completedBy(),
                    viewer.staff().id(),
                    clock.instant(),
                    answers,
                    score.total(),
                    score.band() == null ? null : score.band().from(),
                    score.missing(),
                    score.prorated(),
                    score.needsSafetyResponse(),
                    null,
                    null);
            List<Response> earlier = store.of(participantId);
            store.insert(response);
            admission.detail(instrument.id() + " " + instrument.version() + (response.safety() ? " safety" : ""));
            ReliableChange change = baseline(earlier, instrument.id())
                    .filter(b -> score.scorable())
                    .map(b -> ReliableChange.between(instrument, b.total(), score.total()))
                    .orElse(null);
            return new Recorded(response, instrument, score, change);
        });
    }

    /** The measures page: the person and their measures, in one gated read. */
    public WithPerson<PersonMeasures> page(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, OutcomeActions.MEASURES_VIEW, admission -> measures(participantId));
    }

    /** The person alone, for a questionnaire's page (one gated read, none of their measures). */
    public org.alongside.participant.ParticipantView person(Viewer viewer, UUID participantId) {
        return participants
                .readWithPerson(viewer, participantId, OutcomeActions.MEASURES_VIEW, admission -> null)
                .person();
    }

    public PersonMeasures of(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, OutcomeActions.MEASURES_VIEW, admission -> measures(participantId));
    }

    private PersonMeasures measures(UUID participantId) {
        Map<String, List<Response>> byInstrument = new LinkedHashMap<>();
        List<Response> open = new ArrayList<>();
        List<Response> given = store.of(participantId);
        for (Response response : given) {
            byInstrument
                    .computeIfAbsent(response.instrumentId(), id -> new ArrayList<>())
                    .add(response);
            if (response.safetyOpen()) {
                open.add(response);
            }
        }
        List<Trajectory> trajectories = new ArrayList<>();
        byInstrument.forEach((id, responses) -> {
            Response last = responses.get(responses.size() - 1);
            Instrument instrument =
                    catalog.version(id, last.instrumentVersion()).orElseThrow();
            ReliableChange change = null;
            Response baseline = baseline(responses, id).orElse(null);
            Response latest = null;
            for (Response r : responses) {
                latest = r.scorable() ? r : latest;
            }
            if (baseline != null && latest != null && latest != baseline) {
                change = ReliableChange.between(instrument, baseline.total(), latest.total());
            }
            trajectories.add(new Trajectory(instrument, List.copyOf(responses), change));
        });
        return new PersonMeasures(
                List.copyOf(trajectories), List.copyOf(open), lifeEvents.of(participantId), due(participantId, given));
    }

    /** The windows of the latest episode (the program's schedule) that are done, due, coming soon or overdue; any scorable measure in a window answers it. */
    private List<Schedule.Standing> due(UUID participantId, List<Response> responses) {
        List<EpisodeStore.Episode> all = episodes.of(participantId);
        if (all.isEmpty()) {
            return List.of();
        }
        EpisodeStore.Episode latest = all.get(0);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> done = responses.stream()
                .filter(Response::scorable)
                .map(Response::completedOn)
                .toList();
        return schedules.of(latest.programId()).standings(latest.startedOn(), latest.endedOn(), done, today);
    }

    private static java.util.Optional<Response> baseline(List<Response> responses, String instrumentId) {
        return responses.stream()
                .filter(r -> r.instrumentId().equals(instrumentId) && r.scorable())
                .findFirst();
    }

    /**
     * The worker taps "tell my supervisor now" on the safety screen: their supervisors are reminded
     * at once (by e-mail or push, whatever their settings), with no name or answer in the reminder.
     */
    public void tellSupervisor(Viewer viewer, UUID participantId, UUID responseId) {
        gate.change(viewer, participantId, OutcomeActions.SAFETY_TOLD, admission -> {
            boolean flagged = store.of(participantId).stream().anyMatch(r -> r.id().equals(responseId) && r.safety());
            if (!flagged) {
                throw new ConflictException("This response has no safety answer");
            }
            admission.detail("response " + responseId);
            events.publishEvent(new SafetyResponseNeeded(
                    participantId, responseId, viewer.staff().id()));
            return null;
        });
    }

    /** A supervisor (or administrator) has seen a safety response and what was done about it. */
    public void acknowledgeSafety(Viewer viewer, UUID participantId, UUID responseId) {
        gate.change(viewer, participantId, OutcomeActions.SAFETY_SEEN, admission -> {
            if (!(viewer.staff().isSupervisor() || viewer.staff().isAdmin())) {
                throw new ConflictException("A supervisor acknowledges a safety response");
            }
            if (!store.acknowledge(participantId, responseId, viewer.staff().id(), clock.instant())) {
                throw new ConflictException("This safety response was already acknowledged");
            }
            admission.detail("response " + responseId);
            return null;
        });
    }
}
