package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening times move on once a day: a start on the day they were last renewed leaves them, a start after a midnight renews them. */
@AlongsideTest
class OpeningTimesRenewalTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpeningTimesRenewal renewal;

    @Autowired
    Clock clock;

    private long openings(UUID service) {
        return jdbc.sql("select count(*) from directory_opening where service_id = :s")
                .param("s", service)
                .query(Long.class)
                .single();
    }

    @Test
    void aStartOnTheSameDayLeavesTheTimesAndAStartAfterAMidnightRenewsThem() {
        SmallDirectory directory = new SmallDirectory("Rowan Clock Trust")
                .service("Rowan Clock Pantry", "Open all day", "food", 20.0, 20.0, "RC1", "English", true, "always");
        directory.importInto(context);
        UUID service = directory.id("Rowan Clock Pantry");
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("delete from directory_opening where service_id = :s")
                .param("s", service)
                .update();

        jdbc.sql("update directory_version set openings_day = :d")
                .param("d", today)
                .update();
        renewal.onStart();
        assertThat(openings(service)).as("renewed today already: left as it is").isZero();

        jdbc.sql("update directory_version set openings_day = :d")
                .param("d", today.minusDays(1))
                .update();
        renewal.onStart();
        assertThat(openings(service)).as("last renewed yesterday: renewed").isPositive();
        assertThat(jdbc.sql("select openings_day from directory_version")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }
}
