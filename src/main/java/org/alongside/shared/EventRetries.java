package org.alongside.shared;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events a module's listener failed on: Modulith keeps each such event as an
 * incomplete publication, and every minute those older than a minute are handed to their listener
 * once more, so a module that was failing catches up once it works. Listeners are written to be
 * safe to run twice (two nodes may both retry the same event).
 */
@Component
public class EventRetries {

    private final IncompleteEventPublications incomplete;

    EventRetries(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(
            fixedDelayString = "${alongside.events.retry-interval:PT1M}",
            initialDelayString = "${alongside.events.retry-interval:PT1M}")
    void retry() {
        retryOlderThan(Duration.ofMinutes(1));
    }

    /** Hands every incomplete publication older than {@code age} to its listener again. */
    public void retryOlderThan(Duration age) {
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
