package org.alongside.workforce;

import java.util.List;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations;
import org.alongside.staff.StaffRelations.Relation;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a staff member's workforce record: the person, their current
 * supervisors and the administrators who manage them read it; the person and those administrators
 * change it. A refusal is audited and answers as for an account that does not exist.
 */
@Component
class WorkforceAccess {

    private final StaffRelations relations;
    private final AuditLog audit;

    WorkforceAccess(StaffRelations relations, AuditLog audit) {
        this.relations = relations;
        this.audit = audit;
    }

    /** The viewer's relation to the staff member, refusing (404, audited) one who may not read the record. */
    Relation reading(Viewer.StaffMember viewer, UUID staffId, WorkforceActions action) {
        Relation relation = relations.of(viewer, staffId);
        if (relation == Relation.NONE) {
            refuse(viewer, staffId, action);
        }
        return relation;
    }

    /** As {@link #reading}, refusing a supervisor too: only the person and their administrators write. */
    Relation changing(Viewer.StaffMember viewer, UUID staffId, WorkforceActions action) {
        Relation relation = relations.of(viewer, staffId);
        if (relation == Relation.NONE || relation == Relation.SUPERVISOR) {
            refuse(viewer, staffId, action);
        }
        return relation;
    }

    private void refuse(Viewer.StaffMember viewer, UUID staffId, WorkforceActions action) {
        throw audit.refusal("This staff member", List.of(AuditEvent.denied(viewer.id(), action, "staff", staffId)));
    }
}
