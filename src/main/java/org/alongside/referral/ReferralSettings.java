package org.alongside.referral;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many days after a referral its first follow-up falls: each program may set its own, the
 * rest use {@code alongside.referral.follow-up-days} (7). Only an administrator changes them.
 */
@Service
public class ReferralSettings {

    public static final int MAX_DAYS = 90;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProgramManagement programs;
    private final int defaultDays;

    ReferralSettings(
            JdbcClient jdbc,
            AuditLog audit,
            ProgramManagement programs,
            @Value("${alongside.referral.follow-up-days:7}") int defaultDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.programs = programs;
        this.defaultDays = defaultDays;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Days to the first follow-up in this program (the default when it set none, or for no program). */
    public int followUpDays(UUID programId) {
        if (programId == null) {
            return defaultDays;
        }
        return jdbc.sql("select follow_up_days from referral_program_setting where program_id = :p")
                .param("p", programId)
                .query(Integer.class)
                .optional()
                .orElse(defaultDays);
    }

    /** The programs that set their own number of days. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> own() {
        Map<UUID, Integer> days = new HashMap<>();
        jdbc.sql("select program_id, follow_up_days from referral_program_setting")
                .query(rs -> {
                    days.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return days;
    }

    /** Sets a program's days to the first follow-up; none (null) goes back to the default. */
    @Transactional
    public void set(Viewer.StaffMember actor, UUID programId, Integer days) {
        if (!actor.isAdmin()) {
            throw new NotFoundException("This program");
        }
        if (programId == null || !programs.isMember(programId, actor.id())) {
            throw new InvalidInputException("programId", "Choose one of your programs");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("followUpDays", "Choose 1 to 90 days");
        }
        if (days == null) {
            jdbc.sql("delete from referral_program_setting where program_id = :p")
                    .param("p", programId)
                    .update();
        } else {
            jdbc.sql("""
                            insert into referral_program_setting (program_id, follow_up_days) values (:p, :days)
                            on conflict (program_id) do update set follow_up_days = excluded.follow_up_days,
                                version = referral_program_setting.version + 1
                            """).param("p", programId).param("days", days).update();
        }
        audit.record(AuditEvent.of(actor.id(), ReferralActions.SETTINGS, "program", programId)
                .withDetail(days == null ? "follow-up-days=default" : "follow-up-days=" + days));
    }
}
