package org.alongside.today;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alongside.audit.AuditTrail;
import org.alongside.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * What needs an administrator on Today from the running of the place itself: colleagues locked
 * out of signing in, and an audit checkpoint that could not be written. Counts, never names.
 */
@Component
class AdministrationToday implements TodayItems {

    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    AdministrationToday(StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        if (!day.viewer().isAdmin()) {
            return List.of();
        }
        List<TodayItem> items = new ArrayList<>();
        int locked = staff.lockedAccounts(day.viewer().id(), Instant.now(clock));
        if (locked > 0) {
            items.add(TodayItem.of(TodayItem.Section.ATTENTION, "today.admin.locked", "/admin/staff", locked));
        }
        if (audit.checkpointFailing()) {
            items.add(TodayItem.of(TodayItem.Section.ATTENTION, "today.admin.checkpoint", "/admin/audit"));
        }
        return items;
    }
}
