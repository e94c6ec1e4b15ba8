package org.alongside.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For an administrator on Today: directory imports of the last week that failed or saved nothing. One statement. */
@Component
class ImportsToday implements TodayItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportsToday(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        if (!day.viewer().isAdmin()) {
            return List.of();
        }
        int failed = jdbc.sql("""
                select count(*) from directory_import
                where finished_at > :week and (stage = 'failed' or report ->> 'saved' = 'false')
                """)
                .param("week", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(7))))
                .query(Integer.class)
                .single();
        return failed == 0
                ? List.of()
                : List.of(TodayItem.of(
                        TodayItem.Section.ATTENTION, "today.admin.failedImports", "/admin/directory", failed));
    }
}
