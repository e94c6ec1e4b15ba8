package org.alongside.participant;

import java.util.List;
import org.alongside.audit.AuditSubjects;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Component;

/** People by name for the audit trail's filter: the same gated, audited name search as the caseload's. */
@Component
class PeopleForAudit implements AuditSubjects {

    private final ParticipantManagement participants;

    PeopleForAudit(ParticipantManagement participants) {
        this.participants = participants;
    }

    @Override
    public Kind kind() {
        return Kind.PERSON;
    }

    @Override
    public List<Named> named(Viewer.StaffMember viewer, String query) {
        return participants.search(viewer, query).stream()
                .map(p -> new Named(
                        p.id(),
                        p.preferredName(),
                        (p.programName() == null ? "" : p.programName() + " · ") + p.primaryWorkerName()))
                .toList();
    }
}
