package org.alongside.participant;

import java.util.Map;
import org.alongside.shared.Viewer;
import org.alongside.shared.Viewer.Person;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.Viewer.SystemJob;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The caseload rule. A peer worker sees their own caseload; a supervisor, the caseloads of the
 * workers they currently supervise; an administrator, everyone enrolled (now or before) in the
 * programs they belong to. A person sees their own record; a system job, people of its programs.
 * Who may see, whatever the purpose: purpose and disclosure are other policies' business.
 */
@Component
@Order(0)
class CaseloadPolicy implements AccessPolicy {

    private static final String STAFF = """
            {p}.primary_worker_id = :caseload_viewer
             or (:caseload_supervisor and exists (select 1 from supervision_assignment sa
                     where sa.supervisor_id = :caseload_viewer and sa.worker_id = {p}.primary_worker_id
                       and sa.ended_at is null))
             or (:caseload_admin and exists (select 1 from enrolment en join program_member pm on pm.program_id = en.program_id
                     where en.participant = {p}.id and pm.staff_id = :caseload_viewer))
            """;

    @Override
    public Condition condition(Viewer viewer, Access access) {
        if (viewer instanceof StaffMember staff) {
            return new Condition(
                    STAFF,
                    Map.of(
                            "caseload_viewer",
                            staff.id(),
                            "caseload_supervisor",
                            staff.isSupervisor(),
                            "caseload_admin",
                            staff.isAdmin()));
        }
        if (viewer instanceof Person person) {
            return new Condition("{p}.id = :caseload_self", Map.of("caseload_self", person.participantId()));
        }
        SystemJob job = (SystemJob) viewer;
        return job.programIds().isEmpty()
                ? Condition.of("false")
                : new Condition(
                        "exists (select 1 from enrolment en where en.participant = {p}.id"
                                + " and en.program_id in (:caseload_programs))",
                        Map.of("caseload_programs", job.programIds()));
    }
}
