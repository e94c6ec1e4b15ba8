package org.alongside.recoveryplan.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.recoveryplan.AgreementKind;
import org.alongside.shared.InvalidInputException;

/** Limits on what a plan holds, each with a message beside the field that breaks it. */
public final class PlanRules {

    static final int MAX_GOALS = 50;
    static final int MAX_STEPS = 50;

    private PlanRules() {}

    /** The whole plan after a change: every text within its limits, every rating 0–10. */
    public static void check(PlanDocument plan, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        max(errors, "hopesAndDreams", plan.hopesAndDreams(), 4000);
        max(errors, "strengths", plan.strengths(), 4000);
        if (plan.reviewDate() != null && plan.reviewDate().isAfter(today.plusYears(5))) {
            errors.put("reviewDate", "Choose a review date within the next five years");
        }
        if (plan.goals().size() > MAX_GOALS) {
            errors.put("words", "A plan holds at most " + MAX_GOALS + " goals; set some aside or mark them achieved");
        }
        for (PlanDocument.Goal goal : plan.goals()) {
            goal(errors, goal, today);
        }
        if (plan.agreement() != null && plan.agreement().kind() == AgreementKind.TYPED_SIGNATURE) {
            String name = plan.agreement().signedName();
            if (name == null || name.isBlank()) {
                errors.put("signedName", "The person types their name to sign");
            }
            max(errors, "signedName", name, 200);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void goal(Map<String, String> errors, PlanDocument.Goal goal, LocalDate today) {
        if (goal.words() == null || goal.words().isBlank()) {
            errors.put("words", "Write the goal in the person's own words");
        }
        max(errors, "words", goal.words(), 1000);
        if (goal.dimensions().isEmpty()) {
            errors.put("dimensions", "Choose at least one dimension of wellness");
        }
        if (goal.targetDate() != null && goal.targetDate().isAfter(today.plusYears(10))) {
            errors.put("targetDate", "Choose a target date within the next ten years");
        }
        if (goal.steps().size() > MAX_STEPS) {
            errors.put("what", "A goal holds at most " + MAX_STEPS + " steps");
        }
        for (PlanDocument.Step step : goal.steps()) {
            if (step.what() == null || step.what().isBlank()) {
                errors.put("what", "Say what the step is");
            }
            max(errors, "what", step.what(), 500);
            max(errors, "whoHelps", step.whoHelps(), 200);
        }
        for (PlanDocument.Progress progress : goal.progress()) {
            max(errors, "note", progress.note(), 2000);
            if (progress.selfRating() != null && (progress.selfRating() < 0 || progress.selfRating() > 10)) {
                errors.put("selfRating", "A self-rating is a whole number from 0 to 10");
            }
            if (progress.on() != null && progress.on().isAfter(today)) {
                errors.put("on", "Progress is noted for today or an earlier day");
            }
        }
    }

    private static void max(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, "Use at most " + max + " characters");
        }
    }
}
