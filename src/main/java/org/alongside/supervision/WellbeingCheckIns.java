package org.alongside.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's wellbeing check-ins, theirs alone: no supervisor or administrator reads them. The one
 * thing a supervisor sees is that a supervisee would like to talk in supervision, raised by the
 * worker on a check-in since their last session. Every read is audited; anyone else's is a 404.
 */
@Service
public class WellbeingCheckIns {

    public enum Workload {
        LIGHT,
        ABOUT_RIGHT,
        HEAVY,
        TOO_HEAVY
    }

    public record CheckIn(
            UUID id, LocalDate checkedOn, int doing, Workload workload, String words, boolean wantsToTalk) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WellbeingCheckIns(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worker checks in for themselves; there is no checking in for someone else. */
    @Transactional
    public CheckIn checkIn(
            Viewer.StaffMember viewer, Integer doing, Workload workload, String words, boolean wantsToTalk) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (doing == null || doing < 1 || doing > 5) {
            errors.put("doing", "Choose how you are doing, from 1 to 5");
        }
        if (workload == null) {
            errors.put("workload", "Choose how your workload feels");
        }
        if (words != null && words.strip().length() > 4000) {
            errors.put("words", "This is too long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CheckIn checkIn = new CheckIn(
                UUID.randomUUID(),
                LocalDate.now(clock),
                doing,
                workload,
                words == null || words.isBlank() ? null : words.strip(),
                wantsToTalk);
        jdbc.sql("""
                insert into wellbeing_check_in (id, staff_id, checked_on, doing, workload, words, wants_to_talk, recorded_at)
                values (:id, :staff, :on, :doing, :workload, :words, :talk, :at)
                """)
                .param("id", checkIn.id())
                .param("staff", viewer.id())
                .param("on", checkIn.checkedOn())
                .param("doing", doing)
                .param("workload", workload.name())
                .param("words", checkIn.words())
                .param("talk", wantsToTalk)
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.WELLBEING_CHECK_IN, "wellbeing", checkIn.id()));
        return checkIn;
    }

    /** The worker's own check-ins, newest first. */
    @Transactional
    public List<CheckIn> mine(Viewer.StaffMember viewer) {
        List<CheckIn> found = jdbc.sql("""
                select id, checked_on, doing, workload, words, wants_to_talk from wellbeing_check_in
                where staff_id = :staff order by recorded_at desc limit 52
                """)
                .param("staff", viewer.id())
                .query((rs, n) -> new CheckIn(
                        rs.getObject("id", UUID.class),
                        rs.getObject("checked_on", LocalDate.class),
                        rs.getInt("doing"),
                        Workload.valueOf(rs.getString("workload")),
                        rs.getString("words"),
                        rs.getBoolean("wants_to_talk")))
                .list();
        audit.record(AuditEvent.of(viewer.id(), SupervisionActions.WELLBEING_READ, "staff", viewer.id())
                .withDetail("entries=" + found.size()));
        return found;
    }

    /** One check-in, to the worker who made it; anyone else is refused as if it did not exist. */
    @Transactional
    public CheckIn read(Viewer.StaffMember viewer, UUID id) {
        return jdbc.sql("""
                select id, checked_on, doing, workload, words, wants_to_talk from wellbeing_check_in
                where id = :id and staff_id = :staff
                """)
                .param("id", id)
                .param("staff", viewer.id())
                .query((rs, n) -> new CheckIn(
                        rs.getObject("id", UUID.class),
                        rs.getObject("checked_on", LocalDate.class),
                        rs.getInt("doing"),
                        Workload.valueOf(rs.getString("workload")),
                        rs.getString("words"),
                        rs.getBoolean("wants_to_talk")))
                .optional()
                .map(found -> {
                    audit.record(AuditEvent.of(viewer.id(), SupervisionActions.WELLBEING_READ, "wellbeing", id));
                    return found;
                })
                .orElseThrow(() -> audit.refusal(
                        "This check-in",
                        List.of(AuditEvent.denied(viewer.id(), SupervisionActions.WELLBEING_READ, "wellbeing", id))));
    }

    /** Which of these staff members asked, on a check-in since their last supervision session, to talk in supervision. */
    Set<UUID> wantingToTalk(List<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("""
                select distinct w.staff_id from wellbeing_check_in w
                where w.staff_id in (:staff) and w.wants_to_talk
                  and w.recorded_at > coalesce((select max(s.recorded_at) from supervision_session s
                                                join supervision_attendee a on a.session_id = s.id
                                                where a.staff_id = w.staff_id and a.role = 'SUPERVISEE'), '-infinity')
                """).param("staff", staffIds).query(UUID.class).list());
    }
}
