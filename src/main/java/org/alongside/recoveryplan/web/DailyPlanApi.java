package org.alongside.recoveryplan.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.recoveryplan.CheckInResult;
import org.alongside.recoveryplan.DailyPlanManagement;
import org.alongside.recoveryplan.Habit;
import org.alongside.recoveryplan.HabitArea;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The wellness daily plan over the API: habits and check-ins. */
@RestController
@RequestMapping("/api/v1/participants/{id}/habits")
class DailyPlanApi {

    private final DailyPlanManagement plan;

    DailyPlanApi(DailyPlanManagement plan) {
        this.plan = plan;
    }

    record HabitRequest(
            @Schema(requiredMode = REQUIRED) HabitArea area,
            @Schema(requiredMode = REQUIRED) String description,
            @Schema(requiredMode = REQUIRED) Habit.Frequency frequency,
            String whyItMatters,
            String supporterName,
            String supporterRelationship) {}

    record CheckInRequest(
            LocalDate day, @Schema(requiredMode = REQUIRED) CheckInResult result, String note) {}

    @Operation(summary = "Add a habit the person chose, with why it matters and who supports it")
    @PostMapping
    ResponseEntity<Map<String, UUID>> add(StaffMember user, @PathVariable UUID id, @RequestBody HabitRequest body) {
        UUID habit = plan.addHabit(
                user,
                id,
                new DailyPlanManagement.NewHabit(
                        body.area(),
                        body.description(),
                        body.frequency(),
                        body.whyItMatters(),
                        body.supporterName(),
                        body.supporterRelationship()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/habits/" + habit))
                .body(Map.of("id", habit));
    }

    @Operation(summary = "The habits with their last four weeks and current streak")
    @GetMapping
    List<Habit> list(StaffMember user, @PathVariable UUID id) {
        return plan.habits(user, id);
    }

    @Operation(summary = "Check in on a habit for a day (today by default): done, partly or not today")
    @PostMapping("/{habitId}/check-ins")
    ResponseEntity<Void> checkIn(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID habitId, @RequestBody CheckInRequest body) {
        plan.checkIn(user, id, habitId, body.day(), body.result(), body.note());
        return ResponseEntity.status(201).build();
    }
}
