package org.alongside.referral.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.referral.Appointment;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.Helped;
import org.alongside.referral.NotConnectedReason;
import org.alongside.referral.ReferralStatus;
import org.alongside.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves referrals with their status history. A save names the version it read; if
 * someone saved in between, nothing is written and the refusal says so. New status changes are
 * appended, never rewritten.
 */
@Repository
public class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's referral with this id (a referral of someone else is not found). */
    public Optional<Referral> find(UUID participantId, UUID id) {
        return withHistories(jdbc.sql("select * from referral where id = :id and participant_id = :p")
                        .param("id", id)
                        .param("p", participantId)
                        .query((rs, n) -> referral(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** The person's referrals, newest first: two statements however many there are. */
    public List<Referral> ofPerson(UUID participantId) {
        return withHistories(jdbc.sql("select * from referral where participant_id = :p order by created_at desc, id")
                .param("p", participantId)
                .query((rs, n) -> referral(rs))
                .list());
    }

    /** The referrals as read, each given its status history, all histories read in one statement. */
    private List<Referral> withHistories(List<Referral> read) {
        if (read.isEmpty()) {
            return read;
        }
        Map<UUID, List<Referral.StatusChange>> histories = new HashMap<>();
        jdbc.sql("select * from referral_status_change where referral_id in (:ids) order by referral_id, seq")
                .param("ids", read.stream().map(Referral::id).toList())
                .query(h -> {
                    histories
                            .computeIfAbsent(h.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(new Referral.StatusChange(
                                    ReferralStatus.valueOf(h.getString("status")),
                                    h.getTimestamp("changed_at").toInstant(),
                                    h.getObject("changed_by", UUID.class),
                                    h.getString("reason") == null
                                            ? null
                                            : NotConnectedReason.valueOf(h.getString("reason")),
                                    h.getString("note"),
                                    h.getBoolean("skipped")));
                });
        return read.stream()
                .map(r -> r.withHistory(histories.getOrDefault(r.id(), List.of())))
                .toList();
    }

    public void insert(Referral referral, Instant at) {
        jdbc.sql("""
                        insert into referral (id, participant_id, service_id, program_id, need, note, contact, status, follow_up,
                                              created_by, created_at, version)
                        values (:id, :p, :s, :program, :need, :note, :contact, :status, :followUp, :by, :at, 0)
                        """)
                .param("id", referral.id())
                .param("p", referral.participantId())
                .param("s", referral.serviceId())
                .param("program", referral.programId())
                .param("need", referral.need())
                .param("note", referral.note())
                .param("contact", referral.contact().name())
                .param("status", referral.status().name())
                .param("followUp", referral.followUp())
                .param("by", referral.createdBy())
                .param("at", Timestamp.from(at))
                .update();
        appendHistory(referral, 0);
    }

    /** Saves the referral's state if it is still at {@code readVersion}, with the status changes made since. */
    public void update(Referral referral, long readVersion, int changesBefore) {
        int saved = jdbc.sql("""
                        update referral set status = :status, follow_up = :followUp, not_connected_reason = :reason,
                               helped = :helped, helped_words = :words, appointment_on = :appointmentOn,
                               appointment_at = :appointmentAt, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", referral.status().name())
                .param("followUp", referral.followUp())
                .param(
                        "reason",
                        referral.reason() == null ? null : referral.reason().name())
                .param(
                        "helped",
                        referral.helped() == null ? null : referral.helped().name())
                .param("words", referral.helpedWords())
                .param(
                        "appointmentOn",
                        referral.appointment() == null
                                ? null
                                : referral.appointment().on())
                .param(
                        "appointmentAt",
                        referral.appointment() == null
                                ? null
                                : referral.appointment().at())
                .param("id", referral.id())
                .param("version", readVersion)
                .update();
        if (saved == 0) {
            throw new StaleVersionException("This referral", readVersion + 1);
        }
        appendHistory(referral, changesBefore);
    }

    private void appendHistory(Referral referral, int from) {
        List<Referral.StatusChange> history = referral.history();
        for (int seq = from; seq < history.size(); seq++) {
            Referral.StatusChange change = history.get(seq);
            jdbc.sql("""
                            insert into referral_status_change (referral_id, seq, status, changed_at, changed_by, reason, note, skipped)
                            values (:id, :seq, :status, :at, :by, :reason, :note, :skipped)
                            """)
                    .param("id", referral.id())
                    .param("seq", seq)
                    .param("status", change.status().name())
                    .param("skipped", change.skipped())
                    .param("at", Timestamp.from(change.at()))
                    .param("by", change.by())
                    .param(
                            "reason",
                            change.reason() == null ? null : change.reason().name())
                    .param("note", change.note())
                    .update();
        }
    }

    /** A referral's row, its history still to be attached. */
    private Referral referral(ResultSet rs) throws SQLException {
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("program_id", UUID.class),
                rs.getString("need"),
                rs.getString("note"),
                ContactPreference.valueOf(rs.getString("contact")),
                rs.getObject("created_by", UUID.class),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getObject("follow_up", LocalDate.class),
                rs.getString("not_connected_reason") == null
                        ? null
                        : NotConnectedReason.valueOf(rs.getString("not_connected_reason")),
                rs.getString("helped") == null ? null : Helped.valueOf(rs.getString("helped")),
                rs.getString("helped_words"),
                rs.getObject("appointment_on") == null
                        ? null
                        : new Appointment(
                                rs.getObject("appointment_on", LocalDate.class),
                                rs.getObject("appointment_at", java.time.LocalTime.class)),
                rs.getLong("version"),
                List.of());
    }
}
