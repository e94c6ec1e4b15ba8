package org.alongside.recoveryplan.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.recoveryplan.AgreementKind;
import org.alongside.recoveryplan.GoalStatus;
import org.alongside.recoveryplan.PlanView;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.recoveryplan.RecoveryPlanManagement.HistoryEntry;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.recoveryplan.domain.PlanDocument;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's recovery plan over the API. Every change sends the plan {@code version} it was based on;
 * a stale version answers 409 with the list of what changed since.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}/recovery-plan")
class RecoveryPlanApi {

    private final RecoveryPlanManagement plans;

    RecoveryPlanApi(RecoveryPlanManagement plans) {
        this.plans = plans;
    }

    record PlanRequest(
            String hopesAndDreams,
            String strengths,
            LocalDate reviewDate,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record GoalRequest(
            @Schema(requiredMode = REQUIRED) String words,
            @Schema(requiredMode = REQUIRED) Set<WellnessDimension> dimensions,
            LocalDate targetDate,
            GoalStatus status,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record NewStepRequest(
            @Schema(requiredMode = REQUIRED) String what,
            String whoHelps,
            LocalDate byWhen,
            @Schema(requiredMode = REQUIRED) Long version) {}

    /** A change to a step: fields left out keep their value. */
    record StepRequest(
            String what,
            String whoHelps,
            LocalDate byWhen,
            Boolean done,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record ProgressRequest(
            LocalDate on,
            String note,
            Integer selfRating,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record AgreementRequest(
            @Schema(requiredMode = REQUIRED) AgreementKind kind,
            @Schema(requiredMode = REQUIRED) String signedName,
            @Schema(requiredMode = REQUIRED) Long version) {}

    @Operation(summary = "The person's recovery plan (version 0 when nothing is written yet)")
    @GetMapping
    PlanView get(StaffMember user, @PathVariable UUID id) {
        return plans.view(user, id);
    }

    @Operation(summary = "Write hopes and dreams, strengths and the review date")
    @PutMapping
    PlanView describe(StaffMember user, @PathVariable UUID id, @RequestBody PlanRequest body) {
        return plans.describe(
                user, id, body.hopesAndDreams(), body.strengths(), body.reviewDate(), version(body.version()));
    }

    @Operation(summary = "Add a goal in the person's own words, in one or more dimensions of wellness")
    @PostMapping("/goals")
    ResponseEntity<PlanView> addGoal(StaffMember user, @PathVariable UUID id, @RequestBody GoalRequest body) {
        UUID goalId = UUID.randomUUID();
        PlanView view = plans.addGoal(
                user, id, goalId, body.words(), body.dimensions(), body.targetDate(), version(body.version()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/recovery-plan/goals/" + goalId))
                .body(view);
    }

    @Operation(summary = "Reword a goal, change its dimensions or target date, or move its status")
    @PutMapping("/goals/{goalId}")
    PlanView reviseGoal(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID goalId, @RequestBody GoalRequest body) {
        return plans.reviseGoal(
                user,
                id,
                goalId,
                body.words(),
                body.dimensions(),
                body.targetDate(),
                body.status(),
                version(body.version()));
    }

    @Operation(summary = "Add an action step: what, who helps, by when")
    @PostMapping("/goals/{goalId}/steps")
    ResponseEntity<PlanView> addStep(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID goalId, @RequestBody NewStepRequest body) {
        UUID stepId = UUID.randomUUID();
        PlanView view = plans.addStep(
                user, id, goalId, stepId, body.what(), body.whoHelps(), body.byWhen(), version(body.version()));
        return ResponseEntity.created(URI.create(
                        "/api/v1/participants/" + id + "/recovery-plan/goals/" + goalId + "/steps/" + stepId))
                .body(view);
    }

    @Operation(summary = "Change a step or mark it done / not yet")
    @PutMapping("/goals/{goalId}/steps/{stepId}")
    PlanView reviseStep(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @PathVariable UUID stepId,
            @RequestBody StepRequest body) {
        return plans.reviseStep(
                user,
                id,
                goalId,
                stepId,
                body.what(),
                body.whoHelps(),
                body.byWhen(),
                Boolean.TRUE.equals(body.done()),
                version(body.version()));
    }

    @Operation(summary = "Note progress on a goal, with an optional 0–10 self-rating")
    @PostMapping("/goals/{goalId}/progress")
    ResponseEntity<PlanView> addProgress(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID goalId, @RequestBody ProgressRequest body) {
        PlanView view =
                plans.addProgress(user, id, goalId, body.on(), body.note(), body.selfRating(), version(body.version()));
        return ResponseEntity.status(201).body(view);
    }

    @Operation(summary = "Record the person's agreement: typed-name signature or agreed verbally")
    @PostMapping("/agreement")
    ResponseEntity<PlanView> agree(StaffMember user, @PathVariable UUID id, @RequestBody AgreementRequest body) {
        return ResponseEntity.status(201)
                .body(plans.recordAgreement(user, id, body.kind(), body.signedName(), version(body.version())));
    }

    @Operation(summary = "Every saved version: when, by whom, what changed")
    @GetMapping("/versions")
    List<HistoryEntry> history(StaffMember user, @PathVariable UUID id) {
        return plans.history(user, id);
    }

    @Operation(summary = "The plan as it was at one version")
    @GetMapping("/versions/{number}")
    PlanDocument atVersion(StaffMember user, @PathVariable UUID id, @PathVariable long number) {
        return plans.atVersion(user, id, number);
    }

    @Operation(summary = "What changed between two versions")
    @GetMapping("/compare")
    List<String> compare(StaffMember user, @PathVariable UUID id, @RequestParam long from, @RequestParam long to) {
        return plans.compare(user, id, from, to);
    }

    private static long version(Long version) {
        return FormValues.requiredVersion(version, "plan");
    }
}
