package org.alongside.recoveryplan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.recoveryplan.domain.PlanDocument.Goal;
import org.alongside.recoveryplan.domain.PlanDocument.Step;
import org.alongside.shared.Blank;

/**
 * What changed between two versions of a plan: each change as a message key with its arguments
 * (the person's words, dates, a goal's state), for a page to say in the reader's language, and as
 * the English sentence the history keeps and the API returns.
 */
public final class PlanDiff {

    private PlanDiff() {}

    /**
     * One change. Arguments are the person's words (strings), dates ({@code LocalDate}, null for
     * none), and a goal's state or the kind of agreement (enums), for the reader to see in their language.
     */
    public record Change(String key, List<Object> args, String english) {
        public Change {
            args = Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    public static List<Change> changes(PlanDocument before, PlanDocument after) {
        List<Change> changes = new ArrayList<>();
        text(changes, "hopes", "Hopes and dreams", before.hopesAndDreams(), after.hopesAndDreams());
        text(changes, "strengths", "Strengths", before.strengths(), after.strengths());
        if (!Objects.equals(before.reviewDate(), after.reviewDate())) {
            changes.add(change(
                    "reviewDate",
                    "Review date changed from " + orNone(before.reviewDate()) + " to " + orNone(after.reviewDate()),
                    before.reviewDate(),
                    after.reviewDate()));
        }
        Map<UUID, Goal> old = before.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        for (Goal goal : after.goals()) {
            Goal previous = old.get(goal.id());
            if (previous == null) {
                changes.add(change("goalAdded", "Goal added: “" + goal.words() + "”", goal.words()));
            } else {
                goal(changes, previous, goal);
            }
        }
        if (!Objects.equals(before.agreement(), after.agreement()) && after.agreement() != null) {
            changes.add(change(
                    "agreement",
                    "Agreement recorded: " + after.agreement().kind().label().toLowerCase() + " on "
                            + after.agreement().on(),
                    after.agreement().kind(),
                    after.agreement().on()));
        }
        return changes;
    }

    private static void goal(List<Change> changes, Goal before, Goal after) {
        String words = after.words();
        String name = "Goal “" + words + "”";
        if (!before.words().equals(after.words())) {
            changes.add(change(
                    "reworded",
                    "Goal reworded from “" + before.words() + "” to “" + after.words() + "”",
                    before.words(),
                    after.words()));
        }
        if (!before.dimensions().equals(after.dimensions())) {
            changes.add(change("dimensions", name + ": dimensions changed", words));
        }
        if (!Objects.equals(before.targetDate(), after.targetDate())) {
            changes.add(change(
                    "targetDate",
                    name + ": target date changed from " + orNone(before.targetDate()) + " to "
                            + orNone(after.targetDate()),
                    words,
                    before.targetDate(),
                    after.targetDate()));
        }
        if (before.status() != after.status()) {
            changes.add(change(
                    "status",
                    name + ": " + before.status().label().toLowerCase() + " → "
                            + after.status().label().toLowerCase(),
                    words,
                    before.status(),
                    after.status()));
        }
        Map<UUID, Step> oldSteps = before.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
        for (Step step : after.steps()) {
            Step previous = oldSteps.get(step.id());
            if (previous == null) {
                changes.add(change("stepAdded", name + ": step added, “" + step.what() + "”", words, step.what()));
            } else if (previous.done() != step.done()) {
                changes.add(change(
                        step.done() ? "stepDone" : "stepNotDone",
                        name + ": step “" + step.what() + "” " + (step.done() ? "done" : "not done yet"),
                        words,
                        step.what()));
            } else if (!previous.equals(step)) {
                changes.add(change("stepChanged", name + ": step “" + step.what() + "” changed", words, step.what()));
            }
        }
        if (after.progress().size() > before.progress().size()) {
            changes.add(change("progress", name + ": progress noted", words));
        }
    }

    private static void text(List<Change> changes, String key, String what, String before, String after) {
        if (!Objects.equals(Blank.toNull(before), Blank.toNull(after))) {
            boolean written = Blank.toNull(before) == null;
            changes.add(change(key + (written ? "Written" : "Changed"), what + (written ? " written" : " changed")));
        }
    }

    private static Change change(String key, String english, Object... args) {
        return new Change("plan.change." + key, Arrays.asList(args), english);
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }
}
