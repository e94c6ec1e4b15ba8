package org.alongside.recoveryplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alongside.recoveryplan.AgreementKind;
import org.alongside.recoveryplan.GoalStatus;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;

/**
 * A person's recovery plan as they wrote it: hopes and dreams, strengths, goals with steps and
 * progress, and their agreement. Immutable; each named change returns the next version of the
 * plan and guards its rules. The agreement names the plan version it was given to, so a later
 * change shows as "changed since it was agreed" rather than silently keeping or dropping it.
 */
public record PlanDocument(
        String hopesAndDreams, String strengths, LocalDate reviewDate, Agreement agreement, List<Goal> goals) {

    public PlanDocument {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static PlanDocument empty() {
        return new PlanDocument(null, null, null, null, List.of());
    }

    public record Agreement(
            AgreementKind kind,
            String signedName,
            LocalDate on,
            UUID recordedBy,
            Instant recordedAt,
            long planVersion) {}

    public record Goal(
            UUID id,
            String words,
            Set<WellnessDimension> dimensions,
            LocalDate targetDate,
            GoalStatus status,
            List<Step> steps,
            List<Progress> progress,
            Instant createdAt) {

        public Goal {
            dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
            steps = steps == null ? List.of() : List.copyOf(steps);
            progress = progress == null ? List.of() : List.copyOf(progress);
        }
    }

    public record Step(UUID id, String what, String whoHelps, LocalDate byWhen, boolean done, LocalDate doneOn) {}

    public record Progress(
            UUID id, LocalDate on, String note, Integer selfRating, UUID recordedBy, Instant recordedAt) {}

    public PlanDocument describe(String hopes, String newStrengths, LocalDate review) {
        return new PlanDocument(hopes, newStrengths, review, agreement, goals);
    }

    public PlanDocument addGoal(
            UUID id, String words, Set<WellnessDimension> dimensions, LocalDate target, Instant at) {
        List<Goal> next = new ArrayList<>(goals);
        next.add(new Goal(id, words, dimensions, target, GoalStatus.ACTIVE, List.of(), List.of(), at));
        return new PlanDocument(hopesAndDreams, strengths, reviewDate, agreement, next);
    }

    public PlanDocument reviseGoal(UUID goalId, String words, Set<WellnessDimension> dimensions, LocalDate target) {
        return withGoal(
                goalId,
                g -> new Goal(g.id(), words, dimensions, target, g.status(), g.steps(), g.progress(), g.createdAt()));
    }

    /** Moves a goal to another status; only the moves {@link GoalStatus#next()} allows. */
    public PlanDocument moveGoal(UUID goalId, GoalStatus status) {
        return withGoal(goalId, g -> {
            if (g.status() == status) {
                return g;
            }
            if (!g.status().canMoveTo(status)) {
                throw new InvalidInputException(
                        "status",
                        "A goal that is " + g.status().label().toLowerCase() + " can move to: "
                                + g.status().next().stream()
                                        .map(s -> s.label().toLowerCase())
                                        .toList());
            }
            return new Goal(
                    g.id(), g.words(), g.dimensions(), g.targetDate(), status, g.steps(), g.progress(), g.createdAt());
        });
    }

    public PlanDocument addStep(UUID goalId, Step step) {
        return withGoal(goalId, g -> {
            List<Step> steps = new ArrayList<>(g.steps());
            steps.add(step);
            return new Goal(
                    g.id(), g.words(), g.dimensions(), g.targetDate(), g.status(), steps, g.progress(), g.createdAt());
        });
    }

    public PlanDocument reviseStep(UUID goalId, UUID stepId, UnaryOperator<Step> change) {
        return withGoal(goalId, g -> {
            boolean found = g.steps().stream().anyMatch(s -> s.id().equals(stepId));
            if (!found) {
                throw new NotFoundException("This step");
            }
            List<Step> steps = g.steps().stream()
                    .map(s -> s.id().equals(stepId) ? change.apply(s) : s)
                    .toList();
            return new Goal(
                    g.id(), g.words(), g.dimensions(), g.targetDate(), g.status(), steps, g.progress(), g.createdAt());
        });
    }

    /** A dated note of how it is going, in the person's words, with an optional 0–10 self-rating. */
    public PlanDocument addProgress(UUID goalId, Progress progress) {
        return withGoal(goalId, g -> {
            List<Progress> updates = new ArrayList<>(g.progress());
            updates.add(progress);
            return new Goal(
                    g.id(), g.words(), g.dimensions(), g.targetDate(), g.status(), g.steps(), updates, g.createdAt());
        });
    }

    public PlanDocument agree(Agreement newAgreement) {
        if (goals.isEmpty() && (hopesAndDreams == null || hopesAndDreams.isBlank())) {
            throw new InvalidInputException("kind", "Write the plan together before recording agreement to it");
        }
        return new PlanDocument(hopesAndDreams, strengths, reviewDate, newAgreement, goals);
    }

    public Goal goal(UUID goalId) {
        return goals.stream()
                .filter(g -> g.id().equals(goalId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This goal"));
    }

    private PlanDocument withGoal(UUID goalId, UnaryOperator<Goal> change) {
        Goal changed = change.apply(goal(goalId));
        List<Goal> next =
                goals.stream().map(g -> g.id().equals(goalId) ? changed : g).toList();
        return new PlanDocument(hopesAndDreams, strengths, reviewDate, agreement, next);
    }
}
