package org.alongside.outcomes.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.DueMeasures;
import org.alongside.outcomes.MeasureSchedules;
import org.alongside.outcomes.Schedule;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** When measures are due, over the API: the due list of a caseload or a team, and each program's schedule. */
@RestController
@Tag(name = "Outcome measures")
class DueApi {

    private final DueMeasures due;
    private final MeasureSchedules schedules;

    DueApi(DueMeasures due, MeasureSchedules schedules) {
        this.due = due;
        this.schedules = schedules;
    }

    /** One measure to give: the person, the timepoint (the nth year for annual ones), its window and its status. */
    record DueMeasure(
            UUID participantId,
            String preferredName,
            Schedule.Timepoint timepoint,
            int number,
            LocalDate opens,
            LocalDate closes,
            Schedule.Status status) {}

    @Operation(
            summary = "Measures due now, opening within 14 days, or missed in the last 30 days",
            description = "scope=mine (the default) is the caller's caseload; scope=team the caseloads of the workers"
                    + " they supervise. By each program's schedule (SAMHSA's SUPRT timing unless it set its own).")
    @GetMapping("/api/v1/measures/due")
    List<DueMeasure> due(StaffMember user, @RequestParam(required = false) String scope) {
        DueMeasures.Scope chosen;
        if (scope == null || scope.equalsIgnoreCase("mine")) {
            chosen = DueMeasures.Scope.MINE;
        } else if (scope.equalsIgnoreCase("team")) {
            chosen = DueMeasures.Scope.TEAM;
        } else {
            throw new InvalidInputException("scope", "Choose mine or team");
        }
        return due.of(user, chosen).stream()
                .map(d -> new DueMeasure(
                        d.participantId(),
                        d.preferredName(),
                        d.window().timepoint(),
                        d.window().number(),
                        d.window().opens(),
                        d.window().closes(),
                        d.status()))
                .toList();
    }

    record ScheduleBody(
            @Schema(
                    requiredMode = REQUIRED,
                    description = "days after the start a baseline may be given",
                    example = "30")
            Integer baselineDays,

            @Schema(requiredMode = REQUIRED, description = "the day of the reassessment", example = "180")
            Integer reassessmentDay,

            @Schema(requiredMode = REQUIRED, description = "days between later measures", example = "365")
            Integer annualEvery,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "days either side of a reassessment or later measure",
                    example = "30")
            Integer tolerance,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "days after discharge a discharge measure may be given",
                    example = "30")
            Integer dischargeDays) {

        static ScheduleBody of(Schedule s) {
            return new ScheduleBody(
                    s.baselineDays(), s.reassessmentDay(), s.annualEvery(), s.tolerance(), s.dischargeDays());
        }

        Schedule schedule() {
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, Integer> given = new LinkedHashMap<>();
            given.put("baselineDays", baselineDays);
            given.put("reassessmentDay", reassessmentDay);
            given.put("annualEvery", annualEvery);
            given.put("tolerance", tolerance);
            given.put("dischargeDays", dischargeDays);
            given.forEach((field, value) -> {
                if (value == null) {
                    errors.put(field, "Give the number of days");
                }
            });
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Schedule(baselineDays, reassessmentDay, annualEvery, tolerance, dischargeDays);
        }
    }

    @Operation(summary = "A program's measure schedule (SAMHSA's SUPRT timing unless it set its own); administrators")
    @GetMapping("/api/v1/programs/{programId}/measure-schedule")
    ScheduleBody schedule(StaffMember user, @PathVariable UUID programId) {
        return ScheduleBody.of(schedules.read(user, programId));
    }

    @Operation(summary = "Set a program's measure schedule; the earlier ones are kept. Administrators of the program")
    @PutMapping("/api/v1/programs/{programId}/measure-schedule")
    ScheduleBody setSchedule(StaffMember user, @PathVariable UUID programId, @RequestBody ScheduleBody body) {
        return ScheduleBody.of(schedules.set(user, programId, body.schedule()));
    }
}
