package org.alongside.staff;

import java.util.Optional;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Blank;
import org.alongside.shared.ContactValues;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work phone each staff member gives, so what they hand to a person (a referral slip) says how to reach them. */
@Service
public class WorkPhones {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    WorkPhones(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A staff member's name and work phone (empty when they gave none). */
    public record Reach(String displayName, Optional<String> workPhone) {}

    @Transactional(readOnly = true)
    public Optional<Reach> of(UUID staffId) {
        return jdbc.sql("select display_name, work_phone from staff_member where id = :id")
                .param("id", staffId)
                .query((rs, n) -> new Reach(rs.getString(1), Optional.ofNullable(rs.getString(2))))
                .optional();
    }

    /** Sets (or, when blank, clears) the viewer's own work phone. */
    @Transactional
    public void setOwn(Viewer.StaffMember actor, String phone) {
        String value = Blank.toNull(phone);
        if (value != null && value.length() > 40) {
            throw new InvalidInputException("workPhone", "Use at most 40 characters");
        }
        if (value != null && !ContactValues.isWorkPhone(value)) {
            throw new InvalidInputException("workPhone", ContactValues.WORK_PHONE_MESSAGE);
        }
        jdbc.sql("update staff_member set work_phone = :phone where id = :id")
                .param("phone", value)
                .param("id", actor.id())
                .update();
        audit.record(AuditEvent.of(actor.id(), StaffActions.WORK_PHONE, "staff", actor.id())
                .withDetail(value == null ? "cleared" : "set"));
    }
}
