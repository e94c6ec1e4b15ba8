package org.alongside.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.directory.domain.DirectoryIndex;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Open now" reads opening times kept for yesterday, today and tomorrow; they move on a day each
 * night just after midnight in the organisation's zone, and once when Alongside starts (it may have
 * been stopped over a midnight: a start on the day they were last moved on leaves them). A thousand
 * services at a time, each batch its own transaction.
 */
@Component
class OpeningTimesRenewal {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final DirectoryIndex index;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OpeningTimesRenewal(JdbcClient jdbc, DirectoryIndex index, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.index = index;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** At start, renews only when the times were last moved on before today (Alongside was stopped over a midnight). */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        LocalDate renewed = jdbc.sql("select openings_day from directory_version")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (renewed == null || renewed.isBefore(today())) {
            renew();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "${alongside.time-zone:${alongside.directory.time-zone:}}")
    void renew() {
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> batch = jdbc.sql("select service_id from directory_service_index where service_id > :after"
                            + " order by service_id limit :limit")
                    .param("after", after)
                    .param("limit", BATCH)
                    .query(UUID.class)
                    .list();
            if (batch.isEmpty()) {
                jdbc.sql("update directory_version set openings_day = :today")
                        .param("today", today())
                        .update();
                return;
            }
            transaction.executeWithoutResult(status -> index.openings(batch, clock.getZone(), clock));
            after = batch.get(batch.size() - 1);
        }
    }
}
