package org.alongside.recoveryplan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a goal stands. There is no "failed": a goal may be set aside and picked up again, and an
 * achieved goal may be reopened.
 */
public enum GoalStatus {
    ACTIVE("Working on it"),
    ACHIEVED("Achieved"),
    PAUSED("Paused"),
    SET_ASIDE("Set aside for now");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a goal in this status may move to. */
    public Set<GoalStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(ACHIEVED, PAUSED, SET_ASIDE);
            case PAUSED -> EnumSet.of(ACTIVE, ACHIEVED, SET_ASIDE);
            case SET_ASIDE -> EnumSet.of(ACTIVE);
            case ACHIEVED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(GoalStatus target) {
        return next().contains(target);
    }
}
