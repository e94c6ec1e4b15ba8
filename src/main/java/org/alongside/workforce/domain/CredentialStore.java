package org.alongside.workforce.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves credentials; the current ones are those no newer credential replaces. */
@Repository
public class CredentialStore {

    private static final String CURRENT = """
            select c.* from credential c
            where c.staff_id in (:staff) and not exists (select 1 from credential n where n.replaces = c.id)
            order by c.expires_on nulls last, c.type_name
            """;

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Credential> current(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CURRENT)
                .param("staff", staffIds)
                .query(CredentialStore::row)
                .list();
    }

    public Optional<Credential> find(UUID id) {
        return jdbc.sql("select * from credential where id = :id")
                .param("id", id)
                .query(CredentialStore::row)
                .optional();
    }

    /** Whether a newer credential already replaces this one (a second renewal of the same certificate is refused). */
    public boolean replaced(UUID id) {
        return jdbc.sql("select exists (select 1 from credential where replaces = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    public void insert(Credential c, UUID recordedBy, Instant at) {
        jdbc.sql("""
                insert into credential (id, staff_id, rule_set_id, type_name, issuing_body, number, certified_on,
                                        issued_on, expires_on, proof_id, replaces, recorded_by, recorded_at)
                values (:id, :staff, :rules, :type, :body, :number, :certified, :issued, :expires, :proof, :replaces,
                        :by, :at)
                """)
                .param("id", c.id())
                .param("staff", c.staffId())
                .param("rules", c.ruleSetId())
                .param("type", c.typeName())
                .param("body", c.issuingBody())
                .param("number", c.number())
                .param("certified", c.certifiedOn())
                .param("issued", c.issuedOn())
                .param("expires", c.expiresOn())
                .param("proof", c.proofId())
                .param("replaces", c.replaces())
                .param("by", recordedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Credential row(ResultSet rs, int n) throws SQLException {
        return new Credential(
                rs.getObject("id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getString("rule_set_id"),
                rs.getString("type_name"),
                rs.getString("issuing_body"),
                rs.getString("number"),
                rs.getObject("certified_on", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getObject("proof_id", UUID.class),
                rs.getObject("replaces", UUID.class));
    }
}
