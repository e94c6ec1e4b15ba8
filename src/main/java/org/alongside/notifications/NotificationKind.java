package org.alongside.notifications;

import java.util.List;

/** What a reminder can be about, and the Today lines (message keys) it counts. */
public enum NotificationKind {
    COSIGN(List.of("today.cosign")),
    RETURNED(List.of("today.note.returned")),
    FOLLOW_UPS(List.of("today.followUp.today", "today.followUp.overdue")),
    CALLS(List.of("today.call.unanswered", "today.team.unanswered"));

    private final List<String> todayLabels;

    NotificationKind(List<String> todayLabels) {
        this.todayLabels = todayLabels;
    }

    public List<String> todayLabels() {
        return todayLabels;
    }
}
