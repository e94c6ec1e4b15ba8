package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.recoveryplan.domain.PlanDiff;
import org.alongside.recoveryplan.domain.PlanDocument;
import org.alongside.recoveryplan.domain.PlanDocument.Progress;
import org.alongside.recoveryplan.domain.PlanDocument.Step;
import org.alongside.recoveryplan.domain.PlanRules;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class PlanRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID GOAL = UUID.randomUUID();

    private static PlanDocument withGoal() {
        return PlanDocument.empty()
                .addGoal(GOAL, "Go to the Tuesday group", Set.of(WellnessDimension.SOCIAL), null, Instant.now());
    }

    @Test
    void goalsMoveOnlyAlongTheAllowedPathsAndNeverFail() {
        assertThat(GoalStatus.ACTIVE.next())
                .containsExactlyInAnyOrder(GoalStatus.ACHIEVED, GoalStatus.PAUSED, GoalStatus.SET_ASIDE);
        assertThat(GoalStatus.PAUSED.canMoveTo(GoalStatus.ACTIVE)).isTrue();
        assertThat(GoalStatus.SET_ASIDE.next()).containsExactly(GoalStatus.ACTIVE);
        assertThat(GoalStatus.ACHIEVED.next()).containsExactly(GoalStatus.ACTIVE);
        assertThat(GoalStatus.ACHIEVED.canMoveTo(GoalStatus.PAUSED)).isFalse();
        assertThat(GoalStatus.values()).extracting(GoalStatus::name).doesNotContain("FAILED");

        PlanDocument achieved = withGoal().moveGoal(GOAL, GoalStatus.ACHIEVED);
        assertThat(achieved.goal(GOAL).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThatThrownBy(() -> achieved.moveGoal(GOAL, GoalStatus.SET_ASIDE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("status")).contains("working on it"));
        assertThat(achieved.moveGoal(GOAL, GoalStatus.ACTIVE).goal(GOAL).status())
                .isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void stepsAndProgressBelongToTheirGoal() {
        assertThatThrownBy(() -> withGoal()
                        .addStep(UUID.randomUUID(), new Step(UUID.randomUUID(), "x", null, null, false, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withGoal().reviseStep(GOAL, UUID.randomUUID(), s -> s))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void limitsAreCheckedOnTheWholePlan() {
        PlanDocument rated =
                withGoal().addProgress(GOAL, new Progress(UUID.randomUUID(), TODAY, "ok", 11, null, Instant.now()));
        assertThatThrownBy(() -> PlanRules.check(rated, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("selfRating"));
        PlanDocument noDimension = PlanDocument.empty().addGoal(UUID.randomUUID(), "x", Set.of(), null, Instant.now());
        assertThatThrownBy(() -> PlanRules.check(noDimension, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("dimensions"));
        PlanRules.check(
                withGoal().addProgress(GOAL, new Progress(UUID.randomUUID(), TODAY, null, 0, null, Instant.now())),
                TODAY);
    }

    @Test
    void theDiffSaysWhatChangedInPlainWords() {
        UUID step = UUID.randomUUID();
        PlanDocument before = withGoal().addStep(GOAL, new Step(step, "Ask about the time", null, null, false, null));
        PlanDocument after = before.describe("My own place", null, TODAY.plusMonths(1))
                .reviseStep(GOAL, step, s -> new Step(s.id(), s.what(), s.whoHelps(), s.byWhen(), true, TODAY))
                .moveGoal(GOAL, GoalStatus.PAUSED);
        assertThat(english(before, after))
                .containsExactly(
                        "Hopes and dreams written",
                        "Review date changed from none to " + TODAY.plusMonths(1),
                        "Goal “Go to the Tuesday group”: working on it → paused",
                        "Goal “Go to the Tuesday group”: step “Ask about the time” done");
        assertThat(english(after, after)).isEmpty();
    }

    private static List<String> english(PlanDocument before, PlanDocument after) {
        return PlanDiff.changes(before, after).stream()
                .map(PlanDiff.Change::english)
                .toList();
    }
}
