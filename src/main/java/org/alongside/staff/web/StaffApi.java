package org.alongside.staff.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.alongside.staff.ProgramSummary;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.alongside.staff.SupervisorLink;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of staff, programs and supervision over the API. Administrators only. */
@RestController
@RequestMapping("/api/v1")
class StaffApi {

    private final StaffManagement staff;
    private final ProgramManagement programs;
    private final SupervisionManagement supervision;

    StaffApi(StaffManagement staff, ProgramManagement programs, SupervisionManagement supervision) {
        this.staff = staff;
        this.programs = programs;
        this.supervision = supervision;
    }

    record NewStaffRequest(
            @Schema(requiredMode = REQUIRED) String email,
            @Schema(requiredMode = REQUIRED) String displayName,
            @Schema(requiredMode = REQUIRED) Set<Role> roles,

            @Schema(requiredMode = REQUIRED, description = "At least 12 characters")
            String password,

            String credential,
            Boolean peerExperience,
            List<UUID> programIds) {}

    record SupervisorsRequest(
            List<UUID> supervisorIds,
            @Schema(requiredMode = REQUIRED) UUID primarySupervisorId) {}

    record NewProgramRequest(
            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED) ProgramSetting setting) {}

    record CosignRequest(Boolean required) {}

    @Operation(summary = "Whether this person's contact notes need a supervisor's co-sign")
    @PutMapping("/staff/{id}/cosign")
    StaffSummary cosign(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody CosignRequest body) {
        return staff.requireCosign(user.viewer(), id, Boolean.TRUE.equals(body.required()));
    }

    @Operation(summary = "Create a staff account, optionally adding it to programs")
    @PostMapping("/staff")
    ResponseEntity<StaffSummary> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewStaffRequest body) {
        StaffSummary created = staff.createWithPrograms(
                user.viewer(),
                new StaffManagement.NewStaff(
                        body.email(),
                        body.displayName(),
                        body.roles(),
                        body.password(),
                        body.credential(),
                        Boolean.TRUE.equals(body.peerExperience())),
                body.programIds());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id()))
                .body(created);
    }

    @GetMapping("/staff")
    List<StaffSummary> list(@AuthenticationPrincipal CurrentUser user) {
        return staff.list(user.viewer());
    }

    @GetMapping("/staff/{id}")
    StaffSummary get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return staff.get(user.viewer(), id);
    }

    @Operation(summary = "Replace a peer worker's supervisors; one of them is primary")
    @PutMapping("/staff/{id}/supervisors")
    List<SupervisorLink> supervisors(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SupervisorsRequest body) {
        return supervision.assign(user.viewer(), id, body.supervisorIds(), body.primarySupervisorId());
    }

    @PostMapping("/programs")
    ResponseEntity<ProgramSummary> createProgram(
            @AuthenticationPrincipal CurrentUser user, @RequestBody NewProgramRequest body) {
        ProgramSummary created = programs.create(user.viewer(), body.name(), body.setting());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id()))
                .body(created);
    }

    @GetMapping("/programs")
    List<ProgramSummary> listPrograms(@AuthenticationPrincipal CurrentUser user) {
        return programs.list(user.viewer());
    }
}
