package org.alongside.consent.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Consents: each version inserted once; a version is later marked superseded or revoked, never changed otherwise. */
@Repository
public class ConsentStore {

    private static final TypeReference<List<Consent.Recipient>> RECIPIENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ConsentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Consent c) {
        Consent.Terms t = c.terms();
        jdbc.sql("""
                insert into consent (id, series_id, version, participant_id, template_id, person_name, discloser,
                    information, everything, information_words, recipients, purpose, revocation, expires_on,
                    expiry_event, signature_kind, signature_name, signature_drawing, signed_on, recorded_by, recorded_at)
                values (:id, :series, :version, :p, :template, :name, :discloser, :information, :everything, :words,
                    cast(:recipients as jsonb), :purpose, :revocation, :expires, :event, :sigKind, :sigName, :sigDrawing,
                    :signed, :by, :at)
                """)
                .param("id", c.id())
                .param("series", c.seriesId())
                .param("version", c.version())
                .param("p", c.participantId())
                .param("template", t.templateId())
                .param("name", t.personName())
                .param("discloser", t.discloser())
                .param(
                        "information",
                        t.information().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("everything", t.everything())
                .param("words", t.informationWords())
                .param("recipients", json.writeValueAsString(t.recipients()))
                .param("purpose", t.purpose())
                .param("revocation", t.revocation())
                .param("expires", t.expiresOn())
                .param("event", t.expiryEvent())
                .param("sigKind", t.signature().kind().name())
                .param("sigName", t.signature().typedName())
                .param("sigDrawing", t.signature().drawing())
                .param("signed", t.signedOn())
                .param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .update();
    }

    /** Writes down what may change on a stored version (superseded, or revoked with who and how); false when it changed meanwhile. */
    public boolean mark(Consent c) {
        return jdbc.sql("""
                update consent set superseded_at = :superseded, revoked_at = :revoked, revoked_by = :by, revoked_how = :how
                where id = :id and superseded_at is null and revoked_at is null
                """)
                        .param("id", c.id())
                        .param("superseded", c.supersededAt() == null ? null : Timestamp.from(c.supersededAt()))
                        .param("revoked", c.revokedAt() == null ? null : Timestamp.from(c.revokedAt()))
                        .param("by", c.revokedBy())
                        .param("how", c.revokedHow())
                        .update()
                == 1;
    }

    /** Every version of the person's consents, newest consent first and each consent's versions newest first. */
    public List<Consent> of(UUID participantId) {
        return jdbc.sql("""
                select * from consent where participant_id = :p
                order by max(recorded_at) over (partition by series_id) desc, series_id, version desc
                """)
                .param("p", participantId)
                .query((rs, n) -> read(rs))
                .list();
    }

    /** One consent's versions, newest first; empty when the person has no consent with this id. */
    public List<Consent> versions(UUID participantId, UUID seriesId) {
        return jdbc.sql("select * from consent where participant_id = :p and series_id = :s order by version desc")
                .param("p", participantId)
                .param("s", seriesId)
                .query((rs, n) -> read(rs))
                .list();
    }

    private Consent read(ResultSet rs) throws SQLException {
        Consent.Terms terms = new Consent.Terms(
                rs.getString("template_id"),
                rs.getString("person_name"),
                rs.getString("discloser"),
                Arrays.stream((String[]) rs.getArray("information").getArray())
                        .map(Consent.Item::valueOf)
                        .collect(Collectors.toSet()),
                rs.getBoolean("everything"),
                rs.getString("information_words"),
                json.readValue(rs.getString("recipients"), RECIPIENTS),
                rs.getString("purpose"),
                rs.getString("revocation"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getString("expiry_event"),
                new Consent.Signature(
                        Consent.Signature.Kind.valueOf(rs.getString("signature_kind")),
                        rs.getString("signature_name"),
                        rs.getString("signature_drawing")),
                rs.getObject("signed_on", LocalDate.class));
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("series_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("participant_id", UUID.class),
                terms,
                rs.getObject("recorded_by", UUID.class),
                instant(rs, "recorded_at"),
                instant(rs, "superseded_at"),
                instant(rs, "revoked_at"),
                rs.getObject("revoked_by", UUID.class),
                rs.getString("revoked_how"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
