package org.alongside.recoveryplan;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;

/** What is done with a person's plans: the recovery plan and its versions, the crisis plan, the daily plan and the wellness self-checks. */
public enum RecoveryPlanActions implements Action {
    VIEW(read("recoveryplan.view")),
    PDF(read("recoveryplan.pdf")),
    UPDATE(change("recoveryplan.update")),
    GOAL_ADD(change("recoveryplan.goal-add")),
    GOAL_UPDATE(change("recoveryplan.goal-update")),
    STEP_ADD(change("recoveryplan.step-add")),
    STEP_UPDATE(change("recoveryplan.step-update")),
    PROGRESS_ADD(change("recoveryplan.progress-add")),
    AGREEMENT(change("recoveryplan.agreement")),
    HISTORY(read("recoveryplan.history")),
    VIEW_VERSION(read("recoveryplan.view-version")),
    COMPARE(read("recoveryplan.compare")),
    CRISIS_VIEW(read("crisisplan.view")),
    CRISIS_PDF(read("crisisplan.pdf")),
    CRISIS_UPDATE(change("crisisplan.update")),
    CRISIS_NOTE(change("crisisplan.note")),
    DAILY_VIEW(read("dailyplan.view")),
    DAILY_HABIT_ADD(change("dailyplan.habit-add")),
    DAILY_CHECK_IN(change("dailyplan.check-in")),
    WELLNESS_VIEW(read("wellness.view")),
    WELLNESS_CHECK_ADD(change("wellness.check-add")),
    WELLNESS_COMPARE(read("wellness.compare"));

    private final Definition definition;

    RecoveryPlanActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
