package org.alongside.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.alongside.AlongsideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AlongsideTest
class ConnectionRightsCheckTests {

    @Autowired
    ConnectionRightsCheck check;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void theApplicationsOwnConnectionHasNoRightsThatCouldRewriteHistory() {
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void aConnectionAsTheOwnerIsNamedForEveryRightTooMany() {
        ConnectionRightsCheck asOwner =
                new ConnectionRightsCheck(JdbcClient.create(postgres.getPostgresDatabase()), false);
        assertThat(asOwner.problems())
                .contains(
                        "superuser",
                        "owns tables, so may disable their triggers",
                        "may change or delete audit records");
        assertThatThrownBy(() -> asOwner.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too many rights");
    }
}
