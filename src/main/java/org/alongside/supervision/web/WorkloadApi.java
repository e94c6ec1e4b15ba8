package org.alongside.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.supervision.Workloads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's team workload over the API: the same figures as the page, for their current supervisees. */
@RestController
@Tag(name = "Supervision")
class WorkloadApi {

    private final Workloads workloads;

    WorkloadApi(Workloads workloads) {
        this.workloads = workloads;
    }

    @Operation(
            summary = "Each current supervisee's last four weeks: caseload against the ratio, contacts and minutes,"
                    + " minutes by activity, notes waiting, overdue follow-ups and measures, days since supervision,"
                    + " and the share outside the peer role with the drift flag")
    @GetMapping("/api/v1/supervision/workload")
    Workloads.Team workload(StaffMember user) {
        return workloads.of(user);
    }
}
