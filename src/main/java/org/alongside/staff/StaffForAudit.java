package org.alongside.staff;

import java.util.List;
import java.util.Locale;
import org.alongside.audit.AuditSubjects;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Component;

/** Staff by name for the audit trail's filter: the accounts the administrator manages. */
@Component
class StaffForAudit implements AuditSubjects {

    private final StaffManagement staff;

    StaffForAudit(StaffManagement staff) {
        this.staff = staff;
    }

    @Override
    public Kind kind() {
        return Kind.STAFF;
    }

    @Override
    public List<Named> named(Viewer.StaffMember viewer, String query) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        return staff.list(viewer).stream()
                .filter(s -> s.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || s.email().toLowerCase(Locale.ROOT).contains(wanted))
                .limit(50)
                .map(s -> new Named(s.id(), s.displayName(), s.email()))
                .toList();
    }
}
