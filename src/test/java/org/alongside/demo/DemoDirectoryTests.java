package org.alongside.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.ImportReport;
import org.alongside.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's made-up directory imports cleanly and covers every need with hours of every kind (rolled back after). */
@AlongsideTest
class DemoDirectoryTests {

    @Autowired
    DemoDirectory demo;

    @Autowired
    AlongsideTerms terms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @Test
    void atLeast300ServicesAcrossEveryNeedWithHoursOfEveryKind() {
        var admin = new Fixtures(context)
                .account("demo-dir-" + System.nanoTime(), "Demo Admin", Role.ADMIN)
                .viewer();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long before = count("select count(*) from hsds_service");
            ImportReport report = demo.seed(admin);
            assertThat(report.saved()).isTrue();
            assertThat(report.refused()).isEmpty();
            assertThat(report.counts().get("service")).isGreaterThanOrEqualTo(300);
            assertThat(count("select count(*) from hsds_service") - before).isGreaterThanOrEqualTo(300);
            for (var need : terms.of("need").values()) {
                assertThat(count("select count(*) from directory_service_index where '" + need.id()
                                + "' = any(term_ids)"))
                        .as(need.name())
                        .isPositive();
            }
            assertThat(count("select count(*) from hsds_schedule where freq = 'MONTHLY' and byday = '2TU'"))
                    .isPositive();
            assertThat(count("select count(*) from hsds_schedule where closes_at = '00:00'"))
                    .as("nights")
                    .isPositive();
            assertThat(count("select count(*) from hsds_language where code = 'es'"))
                    .isPositive();
            assertThat(count("select count(*) from hsds_phone where number not like '(216) 555-01%'"
                            + " and service_id in (select id from hsds_service where description like 'Made-up %')"))
                    .as("fictional phone numbers")
                    .isZero();
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
