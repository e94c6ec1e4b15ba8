package org.alongside.contact;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a person counts as not contacted lately: their last contact is this many days ago or more
 * (14 by default, {@code alongside.contact.no-contact-days}). The caseload and Today both ask it.
 */
@Component
class NoContactRule {

    private final int days;

    NoContactRule(@Value("${alongside.contact.no-contact-days:14}") int days) {
        this.days = days;
    }

    int days() {
        return days;
    }

    /** Whether a last contact on {@code last} is long enough ago, as of {@code today}. */
    boolean longSince(LocalDate last, LocalDate today) {
        return !last.plusDays(days).isAfter(today);
    }

    /** The latest contact date that is long enough ago, as of {@code today} (for a statement's bound). */
    LocalDate latestLongAgo(LocalDate today) {
        return today.minusDays(days);
    }
}
