package org.alongside.recoveryplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.alongside.participant.Admission;
import org.alongside.participant.Disclosure;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.recoveryplan.domain.PlanDiff;
import org.alongside.recoveryplan.domain.PlanDocument;
import org.alongside.recoveryplan.domain.PlanDocument.Agreement;
import org.alongside.recoveryplan.domain.PlanDocument.Progress;
import org.alongside.recoveryplan.domain.PlanDocument.Step;
import org.alongside.recoveryplan.domain.VersionedDocuments;
import org.alongside.shared.Action;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Service;

/**
 * Reading and changing a person's recovery plan, through the record gate. A save never
 * overwrites a newer version: a stale save is refused with the list of what the other save changed.
 */
@Service
public class RecoveryPlanManagement {

    static final String WHAT = "This recovery plan";

    private final VersionedDocuments<PlanDocument> plans;
    private final RecordGate gate;
    private final ParticipantManagement participants;
    private final StaffDirectory staff;
    private final Clock clock;

    RecoveryPlanManagement(
            VersionedDocuments<PlanDocument> plans,
            RecordGate gate,
            ParticipantManagement participants,
            StaffDirectory staff,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.gate = gate;
        this.participants = participants;
        this.staff = staff;
    }

    /** One saved version: its English summary for the API, and what changed as message keys for a page. */
    public record HistoryEntry(
            long version,
            Instant changedAt,
            String changedBy,
            String summary,
            @JsonIgnore List<PlanDiff.Change> changes) {}

    public PlanView view(Viewer viewer, UUID participantId) {
        return gate.read(
                viewer,
                participantId,
                RecoveryPlanActions.VIEW,
                admission -> toView(participantId, plans.find(participantId)));
    }

    /** The plan page: the plan and the person it belongs to, in one gated read (one check, one audit row). */
    public record PlanPage(PlanView plan, ParticipantView person) {}

    public PlanPage page(Viewer viewer, UUID participantId) {
        return gate.read(
                viewer,
                participantId,
                RecoveryPlanActions.VIEW,
                admission ->
                        new PlanPage(toView(participantId, plans.find(participantId)), participants.get(admission)));
    }

    /**
     * The plan as a document the person carries: a disclosure to them (their care; the plan and
     * the details it prints), rendered by {@code render} inside the gate, so a failed render leaves
     * no audit or accounting row.
     */
    public <T> T disclosePlan(Viewer viewer, UUID participantId, Function<PlanPage, T> render) {
        return gate.disclose(
                viewer,
                participantId,
                RecoveryPlanActions.PDF,
                Disclosure.toThePersonForCare(Disclosure.Part.RECOVERY_PLAN, Disclosure.Part.PROFILE),
                admission -> render.apply(
                        new PlanPage(toView(participantId, plans.find(participantId)), participants.get(admission))));
    }

    public PlanView describe(
            Viewer viewer, UUID participantId, String hopes, String strengths, LocalDate review, long version) {
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.UPDATE,
                p -> p.describe(Blank.toNull(hopes), Blank.toNull(strengths), review));
    }

    public PlanView addGoal(
            Viewer viewer,
            UUID participantId,
            UUID goalId,
            String words,
            Set<WellnessDimension> dimensions,
            LocalDate target,
            long version) {
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.GOAL_ADD,
                p -> p.addGoal(goalId, Blank.toNull(words), dimensions, target, Instant.now(clock)));
    }

    public PlanView reviseGoal(
            Viewer viewer,
            UUID participantId,
            UUID goalId,
            String words,
            Set<WellnessDimension> dimensions,
            LocalDate target,
            GoalStatus status,
            long version) {
        return change(viewer, participantId, version, RecoveryPlanActions.GOAL_UPDATE, p -> {
            PlanDocument revised = p.reviseGoal(goalId, Blank.toNull(words), dimensions, target);
            return status == null ? revised : revised.moveGoal(goalId, status);
        });
    }

    public PlanView addStep(
            Viewer viewer,
            UUID participantId,
            UUID goalId,
            UUID stepId,
            String what,
            String whoHelps,
            LocalDate byWhen,
            long version) {
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.STEP_ADD,
                p -> p.addStep(
                        goalId, new Step(stepId, Blank.toNull(what), Blank.toNull(whoHelps), byWhen, false, null)));
    }

    public PlanView reviseStep(
            Viewer viewer,
            UUID participantId,
            UUID goalId,
            UUID stepId,
            String what,
            String whoHelps,
            LocalDate byWhen,
            boolean done,
            long version) {
        LocalDate today = LocalDate.now(clock);
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.STEP_UPDATE,
                p -> p.reviseStep(
                        goalId,
                        stepId,
                        s -> new Step(
                                s.id(),
                                what == null ? s.what() : Blank.toNull(what),
                                whoHelps == null ? s.whoHelps() : Blank.toNull(whoHelps),
                                byWhen == null ? s.byWhen() : byWhen,
                                done,
                                done ? (s.done() ? s.doneOn() : today) : null)));
    }

    public PlanView addProgress(
            Viewer viewer,
            UUID participantId,
            UUID goalId,
            LocalDate on,
            String note,
            Integer selfRating,
            long version) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return change(
                viewer,
                participantId,
                version,
                RecoveryPlanActions.PROGRESS_ADD,
                p -> p.addProgress(
                        goalId,
                        new Progress(
                                UUID.randomUUID(),
                                day,
                                Blank.toNull(note),
                                selfRating,
                                viewer.staff().id(),
                                Instant.now(clock))));
    }

    public PlanView recordAgreement(
            Viewer viewer, UUID participantId, AgreementKind kind, String signedName, long version) {
        return change(viewer, participantId, version, RecoveryPlanActions.AGREEMENT, p -> {
            if (kind == null) {
                throw new InvalidInputException("kind", "Choose how the person agreed: typed signature or verbally");
            }
            return p.agree(new Agreement(
                    kind,
                    kind == AgreementKind.TYPED_SIGNATURE ? Blank.toNull(signedName) : null,
                    LocalDate.now(clock),
                    viewer.staff().id(),
                    Instant.now(clock),
                    version + 1));
        });
    }

    /** A goal of the person's plan, in their words, for a note to link to. */
    public record GoalChoice(UUID id, String words) {}

    /** The admitted person's goals to link a note to. */
    public List<GoalChoice> goalChoices(Admission admission) {
        return plans.find(admission.participantId())
                .map(s -> s.document().goals().stream()
                        .map(g -> new GoalChoice(g.id(), g.words()))
                        .toList())
                .orElse(List.of());
    }

    /** Whether every id names a goal in the admitted person's plan. */
    public boolean goalsBelongTo(Admission admission, Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return true;
        }
        var ids = plans.find(admission.participantId())
                .map(s ->
                        s.document().goals().stream().map(PlanDocument.Goal::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        return ids.containsAll(goalIds);
    }

    public List<HistoryEntry> history(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, RecoveryPlanActions.HISTORY, admission -> historyOf(participantId));
    }

    /** The history page: the person, every version, and (when two are chosen) what changed between them. */
    public record HistoryPage(List<HistoryEntry> entries, List<PlanDiff.Change> changes) {}

    public WithPerson<HistoryPage> historyPage(Viewer viewer, UUID participantId, Long from, Long to) {
        return participants.readWithPerson(viewer, participantId, RecoveryPlanActions.HISTORY, admission -> {
            List<PlanDiff.Change> changes = null;
            if (from != null && to != null) {
                admission.detail("from=" + from + " to=" + to);
                changes = PlanDiff.changes(version(participantId, from), version(participantId, to));
            }
            return new HistoryPage(historyOf(participantId), changes);
        });
    }

    private List<HistoryEntry> historyOf(UUID participantId) {
        var entries = plans.history(participantId);
        var names = staff.names(
                entries.stream().map(VersionedDocuments.VersionInfo::changedBy).toList());
        return entries.stream()
                .map(e -> new HistoryEntry(
                        e.version(), e.changedAt(), names.get(e.changedBy()), e.summary(), e.changes()))
                .toList();
    }

    /** One earlier version's page: the person and the plan as it was then, in one gated read. */
    public WithPerson<PlanDocument> atVersionPage(Viewer viewer, UUID participantId, long version) {
        return participants.readWithPerson(viewer, participantId, RecoveryPlanActions.VIEW_VERSION, admission -> {
            admission.detail("version=" + version);
            return version(participantId, version);
        });
    }

    public PlanDocument atVersion(Viewer viewer, UUID participantId, long version) {
        return gate.read(viewer, participantId, RecoveryPlanActions.VIEW_VERSION, admission -> {
            admission.detail("version=" + version);
            return version(participantId, version);
        });
    }

    /** What changed from one version to another, as English sentences (the API's answer). */
    public List<String> compare(Viewer viewer, UUID participantId, long from, long to) {
        return changes(viewer, participantId, from, to).stream()
                .map(PlanDiff.Change::english)
                .toList();
    }

    /** What changed from one version to another, each change a message key and its arguments (for pages). */
    public List<PlanDiff.Change> changes(Viewer viewer, UUID participantId, long from, long to) {
        return gate.read(viewer, participantId, RecoveryPlanActions.COMPARE, admission -> {
            admission.detail("from=" + from + " to=" + to);
            return PlanDiff.changes(version(participantId, from), version(participantId, to));
        });
    }

    private PlanDocument version(UUID participantId, long version) {
        return plans.at(participantId, version).orElseThrow(() -> new NotFoundException("This version of the plan"));
    }

    private PlanView change(
            Viewer viewer,
            UUID participantId,
            long expectedVersion,
            Action action,
            UnaryOperator<PlanDocument> change) {
        return gate.change(viewer, participantId, action, admission -> {
            var saved = plans.change(
                    participantId,
                    expectedVersion,
                    change,
                    null,
                    viewer.staff().id(),
                    Instant.now(clock),
                    LocalDate.now(clock));
            admission.detail("version=" + saved.version());
            return toView(participantId, Optional.of(saved));
        });
    }

    private PlanView toView(UUID participantId, Optional<VersionedDocuments.Stored<PlanDocument>> stored) {
        if (stored.isEmpty()) {
            return new PlanView(participantId, PlanDocument.empty(), 0, null, null, false, null);
        }
        VersionedDocuments.Stored<PlanDocument> s = stored.get();
        var agreement = s.document().agreement();
        var names = staff.names(
                agreement == null ? List.of(s.updatedBy()) : List.of(s.updatedBy(), agreement.recordedBy()));
        boolean changedSince = agreement != null && agreement.planVersion() != s.version();
        return new PlanView(
                participantId,
                s.document(),
                s.version(),
                s.updatedAt(),
                names.get(s.updatedBy()),
                changedSince,
                agreement == null ? null : names.get(agreement.recordedBy()));
    }
}
