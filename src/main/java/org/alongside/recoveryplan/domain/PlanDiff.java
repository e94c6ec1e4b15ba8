package org.alongside.recoveryplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.recoveryplan.domain.PlanDocument.Goal;
import org.alongside.recoveryplan.domain.PlanDocument.Step;

/** What changed between two versions of a plan, as sentences a person can read. */
public final class PlanDiff {

    private PlanDiff() {}

    public static List<String> between(PlanDocument before, PlanDocument after) {
        List<String> changes = new ArrayList<>();
        text(changes, "Hopes and dreams", before.hopesAndDreams(), after.hopesAndDreams());
        text(changes, "Strengths", before.strengths(), after.strengths());
        if (!Objects.equals(before.reviewDate(), after.reviewDate())) {
            changes.add(
                    "Review date changed from " + orNone(before.reviewDate()) + " to " + orNone(after.reviewDate()));
        }
        Map<UUID, Goal> old = before.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        for (Goal goal : after.goals()) {
            Goal previous = old.get(goal.id());
            if (previous == null) {
                changes.add("Goal added: “" + goal.words() + "”");
            } else {
                goal(changes, previous, goal);
            }
        }
        if (!Objects.equals(before.agreement(), after.agreement()) && after.agreement() != null) {
            changes.add(
                    "Agreement recorded: " + after.agreement().kind().label().toLowerCase() + " on "
                            + after.agreement().on());
        }
        return changes;
    }

    private static void goal(List<String> changes, Goal before, Goal after) {
        String name = "Goal “" + after.words() + "”";
        if (!before.words().equals(after.words())) {
            changes.add("Goal reworded from “" + before.words() + "” to “" + after.words() + "”");
        }
        if (!before.dimensions().equals(after.dimensions())) {
            changes.add(name + ": dimensions changed");
        }
        if (!Objects.equals(before.targetDate(), after.targetDate())) {
            changes.add(name + ": target date changed from " + orNone(before.targetDate()) + " to "
                    + orNone(after.targetDate()));
        }
        if (before.status() != after.status()) {
            changes.add(name + ": " + before.status().label().toLowerCase() + " → "
                    + after.status().label().toLowerCase());
        }
        Map<UUID, Step> oldSteps = before.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
        for (Step step : after.steps()) {
            Step previous = oldSteps.get(step.id());
            if (previous == null) {
                changes.add(name + ": step added, “" + step.what() + "”");
            } else if (previous.done() != step.done()) {
                changes.add(name + ": step “" + step.what() + "” " + (step.done() ? "done" : "not done yet"));
            } else if (!previous.equals(step)) {
                changes.add(name + ": step “" + step.what() + "” changed");
            }
        }
        if (after.progress().size() > before.progress().size()) {
            changes.add(name + ": progress noted");
        }
    }

    private static void text(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(what + (blankToNull(before) == null ? " written" : " changed"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }
}
