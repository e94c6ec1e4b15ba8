package org.alongside.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alongside.shared.Action;
import org.alongside.shared.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounting of disclosures: written by the gate beside its audit row, and read for the person's record. */
class Disclosures {

    private final Clock clock;

    private final JdbcClient jdbc;

    Disclosures(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void account(UUID participantId, UUID actorId, Action action, Disclosure disclosure) {
        jdbc.sql("""
                insert into disclosure (id, participant_id, disclosed_at, actor_id, action, recipient_kind, recipient,
                                        purpose, parts)
                values (:id, :p, :at, :actor, :action, :kind, :recipient, :purpose, :parts)
                """)
                .param("id", UUID.randomUUID())
                .param("p", participantId)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", actorId)
                .param("action", action.code())
                .param("kind", disclosure.recipient().kind().name())
                .param("recipient", disclosure.recipient().name().strip())
                .param("purpose", disclosure.purpose().name())
                .param(
                        "parts",
                        disclosure.parts().stream().map(Enum::name).sorted().toArray(String[]::new))
                .update();
    }

    List<Disclosure.Accounted> of(UUID participantId) {
        return jdbc.sql("""
                select id, disclosed_at, actor_id, action, recipient_kind, recipient, purpose, parts, consent_id
                from disclosure where participant_id = :p order by disclosed_at desc, id
                """)
                .param("p", participantId)
                .query((rs, n) -> new Disclosure.Accounted(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("disclosed_at").toInstant(),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("action"),
                        Disclosure.Recipient.Kind.valueOf(rs.getString("recipient_kind")),
                        rs.getString("recipient"),
                        Purpose.valueOf(rs.getString("purpose")),
                        Arrays.stream((String[]) rs.getArray("parts").getArray())
                                .map(Disclosure.Part::valueOf)
                                .toList(),
                        rs.getObject("consent_id", UUID.class)))
                .list();
    }
}
