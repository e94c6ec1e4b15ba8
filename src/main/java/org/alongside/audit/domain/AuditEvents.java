package org.alongside.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alongside.audit.domain.ChainHash.SealableEvent;

/** Reads the sealed columns of an audit record from SQL rows. */
public final class AuditEvents {

    public static final String COLUMNS = "e.id, e.occurred_at, e.actor_id, e.action, e.subject_type, e.subject_id, "
            + "e.participant_id, e.client_address, e.outcome, e.detail, e.purpose, e.writer_proof";

    private AuditEvents() {}

    public static SealableEvent map(ResultSet rs) throws SQLException {
        return new SealableEvent(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getObject("participant_id", UUID.class),
                rs.getString("client_address"),
                rs.getString("outcome"),
                rs.getString("detail"),
                rs.getString("purpose"),
                rs.getBytes("writer_proof"));
    }
}
