package org.alongside.participant;

import java.util.UUID;
import java.util.function.Function;
import org.alongside.audit.AuditActions;
import org.alongside.audit.AuditScope;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The audit trail's rows about people, through the record gate: a viewer reads rows about the
 * people they may see (an administrator, those of their own programs) and rows about no one; every
 * browse is recorded, as a list, or as an action on the person it was filtered by.
 */
@Component
class AuditBrowsing implements AuditScope {

    static final AuditActions ACTION = AuditActions.BROWSE;

    private final RecordGate gate;

    AuditBrowsing(RecordGate gate) {
        this.gate = gate;
    }

    @Override
    public <T> T browse(Viewer.StaffMember viewer, UUID aboutPerson, Function<PeopleRule, T> work) {
        Function<Listing, T> read = listing -> work.apply(rule(listing.visibility()));
        return aboutPerson == null
                ? gate.list(viewer, ACTION, "audit", null, read)
                : gate.listAbout(viewer, aboutPerson, ACTION, read);
    }

    private static PeopleRule rule(Visibility visible) {
        return new PeopleRule(
                "({participant} is null or exists (select 1 from participant ap where ap.id = {participant} and "
                        + visible.on("ap") + "))",
                visible.params().getValues());
    }
}
