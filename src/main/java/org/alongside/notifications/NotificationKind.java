package org.alongside.notifications;

import java.util.List;

/** What a reminder can be about, and the Today lines (message keys) it counts. */
public enum NotificationKind {
    COSIGN(List.of("today.cosign")),
    RETURNED(List.of("today.note.returned")),
    FOLLOW_UPS(List.of("today.followUp.today", "today.followUp.overdue")),
    CALLS(List.of("today.call.unanswered", "today.team.unanswered")),
    /** A safety answer the worker asked their supervisor to see now: always sent at once, even in quiet hours. */
    SAFETY(List.of("today.safety"));

    private final List<String> todayLabels;

    NotificationKind(List<String> todayLabels) {
        this.todayLabels = todayLabels;
    }

    /** Whether a person chooses this kind's timing (a safety answer is not theirs to delay or turn off). */
    public boolean chosen() {
        return this != SAFETY;
    }

    public List<String> todayLabels() {
        return todayLabels;
    }
}
