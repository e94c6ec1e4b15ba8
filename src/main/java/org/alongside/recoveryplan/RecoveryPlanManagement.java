package org.alongside.recoveryplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.participant.ParticipantAccess;
import org.alongside.recoveryplan.domain.PlanDiff;
import org.alongside.recoveryplan.domain.PlanDocument;
import org.alongside.recoveryplan.domain.PlanDocument.Agreement;
import org.alongside.recoveryplan.domain.PlanDocument.Progress;
import org.alongside.recoveryplan.domain.PlanDocument.Step;
import org.alongside.recoveryplan.domain.PlanRules;
import org.alongside.recoveryplan.domain.VersionedDocuments;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing a person's recovery plan. Each call checks access (404 when the person may
 * not be seen), works in one transaction, writes its audit record, and never overwrites a newer
 * version: a stale save is refused with the list of what the other save changed.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class RecoveryPlanManagement {

    static final String WHAT = "This recovery plan";

    private final VersionedDocuments<PlanDocument> plans;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock = Clock.systemDefaultZone();

    RecoveryPlanManagement(VersionedDocuments<PlanDocument> plans, ParticipantAccess access, AuditLog audit, StaffDirectory staff) {
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.staff = staff;
    }

    public record HistoryEntry(long version, Instant changedAt, String changedBy, String summary) {
    }

    public PlanView view(CurrentUser actor, UUID participantId) {
        access.require(actor, participantId, "recoveryplan.view");
        audit.record(AuditEvent.onParticipant(actor.id(), "recoveryplan.view", participantId));
        return toView(participantId, plans.find(participantId));
    }

    public PlanView describe(CurrentUser actor, UUID participantId, String hopes, String strengths, LocalDate review,
            long version) {
        return change(actor, participantId, version, "recoveryplan.update", p -> p.describe(trim(hopes), trim(strengths), review));
    }

    public PlanView addGoal(CurrentUser actor, UUID participantId, UUID goalId, String words,
            Set<WellnessDimension> dimensions, LocalDate target, long version) {
        return change(actor, participantId, version, "recoveryplan.goal-add",
                p -> p.addGoal(goalId, trim(words), dimensions, target, Instant.now(clock)));
    }

    public PlanView reviseGoal(CurrentUser actor, UUID participantId, UUID goalId, String words,
            Set<WellnessDimension> dimensions, LocalDate target, GoalStatus status, long version) {
        return change(actor, participantId, version, "recoveryplan.goal-update", p -> {
            PlanDocument revised = p.reviseGoal(goalId, trim(words), dimensions, target);
            return status == null ? revised : revised.moveGoal(goalId, status);
        });
    }

    public PlanView addStep(CurrentUser actor, UUID participantId, UUID goalId, UUID stepId, String what,
            String whoHelps, LocalDate byWhen, long version) {
        return change(actor, participantId, version, "recoveryplan.step-add",
                p -> p.addStep(goalId, new Step(stepId, trim(what), trim(whoHelps), byWhen, false, null)));
    }

    public PlanView reviseStep(CurrentUser actor, UUID participantId, UUID goalId, UUID stepId, String what,
            String whoHelps, LocalDate byWhen, boolean done, long version) {
        LocalDate today = LocalDate.now(clock);
        return change(actor, participantId, version, "recoveryplan.step-update", p -> p.reviseStep(goalId, stepId,
                s -> new Step(s.id(), what == null ? s.what() : trim(what), whoHelps == null ? s.whoHelps() : trim(whoHelps),
                        byWhen == null ? s.byWhen() : byWhen, done, done ? (s.done() ? s.doneOn() : today) : null)));
    }

    public PlanView addProgress(CurrentUser actor, UUID participantId, UUID goalId, LocalDate on, String note,
            Integer selfRating, long version) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return change(actor, participantId, version, "recoveryplan.progress-add", p -> p.addProgress(goalId,
                new Progress(UUID.randomUUID(), day, trim(note), selfRating, actor.id(), Instant.now(clock))));
    }

    public PlanView recordAgreement(CurrentUser actor, UUID participantId, AgreementKind kind, String signedName,
            long version) {
        return change(actor, participantId, version, "recoveryplan.agreement", p -> {
            if (kind == null) {
                throw new InvalidInputException("kind", "Choose how the person agreed: typed signature or verbally");
            }
            return p.agree(new Agreement(kind, kind == AgreementKind.TYPED_SIGNATURE ? trim(signedName) : null,
                    LocalDate.now(clock), actor.id(), Instant.now(clock), version + 1));
        });
    }

    /** A goal of the person's plan, in their words, for a note to link to. */
    public record GoalChoice(UUID id, String words) {
    }

    /** The person's goals to link a note to. The caller has already checked access to the person. */
    @Transactional(readOnly = true)
    public List<GoalChoice> goalChoices(UUID participantId) {
        return plans.find(participantId).map(s -> s.document().goals().stream()
                .map(g -> new GoalChoice(g.id(), g.words())).toList()).orElse(List.of());
    }

    /** Whether every id names a goal in the person's plan. The caller has already checked access. */
    @Transactional(readOnly = true)
    public boolean goalsBelongTo(UUID participantId, java.util.Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return true;
        }
        var ids = plans.find(participantId).map(s -> s.document().goals().stream().map(PlanDocument.Goal::id)
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        return ids.containsAll(goalIds);
    }

    public List<HistoryEntry> history(CurrentUser actor, UUID participantId) {
        access.require(actor, participantId, "recoveryplan.history");
        audit.record(AuditEvent.onParticipant(actor.id(), "recoveryplan.history", participantId));
        var entries = plans.history(participantId);
        var names = staff.names(entries.stream().map(VersionedDocuments.VersionInfo::changedBy).toList());
        return entries.stream().map(e -> new HistoryEntry(e.version(), e.changedAt(), names.get(e.changedBy()),
                e.summary())).toList();
    }

    public PlanDocument atVersion(CurrentUser actor, UUID participantId, long version) {
        access.require(actor, participantId, "recoveryplan.view-version");
        audit.record(AuditEvent.onParticipant(actor.id(), "recoveryplan.view-version", participantId)
                .withDetail("version=" + version));
        return plans.at(participantId, version, PlanDocument.empty()).orElseThrow(() -> new NotFoundException("This version of the plan"));
    }

    /** What changed from one version to another. */
    public List<String> compare(CurrentUser actor, UUID participantId, long from, long to) {
        access.require(actor, participantId, "recoveryplan.compare");
        audit.record(AuditEvent.onParticipant(actor.id(), "recoveryplan.compare", participantId)
                .withDetail("from=" + from + " to=" + to));
        PlanDocument before = plans.at(participantId, from, PlanDocument.empty()).orElseThrow(() -> new NotFoundException("This version of the plan"));
        PlanDocument after = plans.at(participantId, to, PlanDocument.empty()).orElseThrow(() -> new NotFoundException("This version of the plan"));
        return PlanDiff.between(before, after);
    }

    private PlanView change(CurrentUser actor, UUID participantId, long expectedVersion, String action,
            UnaryOperator<PlanDocument> change) {
        access.require(actor, participantId, action);
        var stored = plans.find(participantId);
        long current = stored.map(VersionedDocuments.Stored::version).orElse(0L);
        if (current != expectedVersion) {
            throw stale(participantId, expectedVersion, current);
        }
        PlanDocument before = stored.map(VersionedDocuments.Stored::document).orElse(PlanDocument.empty());
        PlanDocument after = change.apply(before);
        PlanRules.check(after, LocalDate.now(clock));
        List<String> changes = PlanDiff.between(before, after);
        String summary = changes.isEmpty() ? "Saved without changes" : String.join("; ", changes);
        Instant at = Instant.now(clock);
        if (!plans.save(participantId, after, expectedVersion, actor.id(), at, summary)) {
            throw stale(participantId, expectedVersion, plans.find(participantId).map(VersionedDocuments.Stored::version).orElse(0L));
        }
        audit.record(AuditEvent.onParticipant(actor.id(), action, participantId)
                .withDetail("version=" + (expectedVersion + 1)));
        return toView(participantId, java.util.Optional.of(
                new VersionedDocuments.Stored<>(after, expectedVersion + 1, at, actor.id())));
    }

    private StaleVersionException stale(UUID participantId, long expected, long current) {
        List<String> changes = expected >= 0 && expected < current
                ? plans.at(participantId, expected, PlanDocument.empty()).flatMap(old -> plans.at(participantId, current, PlanDocument.empty())
                        .map(now -> PlanDiff.between(old, now))).orElse(List.of())
                : List.of();
        return new StaleVersionException(WHAT, current, changes);
    }

    private PlanView toView(UUID participantId, java.util.Optional<VersionedDocuments.Stored<PlanDocument>> stored) {
        if (stored.isEmpty()) {
            return new PlanView(participantId, PlanDocument.empty(), 0, null, null, false, null);
        }
        VersionedDocuments.Stored<PlanDocument> s = stored.get();
        var agreement = s.document().agreement();
        var names = staff.names(agreement == null ? List.of(s.updatedBy()) : List.of(s.updatedBy(), agreement.recordedBy()));
        boolean changedSince = agreement != null && agreement.planVersion() != s.version();
        return new PlanView(participantId, s.document(), s.version(), s.updatedAt(), names.get(s.updatedBy()),
                changedSince, agreement == null ? null : names.get(agreement.recordedBy()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
