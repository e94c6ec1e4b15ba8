package org.alongside.contact.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.alongside.contact.CallOutcome;
import org.alongside.contact.CheckInCalls;
import org.alongside.contact.domain.CheckInStore;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Check-in calls over the API: today's call list, a person's plan and latest calls, and a call's outcome. */
@RestController
@Tag(name = "Check-in calls")
class CheckInApi {

    private final CheckInCalls calls;
    private final Texts texts;

    CheckInApi(CheckInCalls calls, Texts texts) {
        this.calls = calls;
        this.texts = texts;
    }

    record CallScheduleRequest(
            @Schema(requiredMode = REQUIRED, example = "TUESDAY")
            DayOfWeek weekday,

            @Schema(requiredMode = REQUIRED, example = "10:00")
            LocalTime windowStart,

            @Schema(requiredMode = REQUIRED, example = "12:00")
            LocalTime windowEnd,

            @Schema(description = "1 (weekly, the default), 2 or 4", example = "1")
            Integer everyWeeks,

            @Schema(description = "the version read; left out for a first opt-in")
            Long version) {}

    record CallScheduleStopRequest(
            @Schema(requiredMode = REQUIRED) Long version) {}

    record CallRequest(
            @Schema(requiredMode = REQUIRED, example = "NO_ANSWER")
            CallOutcome outcome,

            @Schema(description = "a line of what was said, kept as written")
            String words,

            @Schema(description = "required when REACHED: the call is billed as a phone contact", example = "10")
            Integer minutes,

            LocalDate followUp) {}

    /** The plan's version at the top, as every versioned resource answers it, for the change that follows. */
    record PersonCalls(Long version, CheckInCalls.PlanView plan, List<CheckInStore.Call> latest) {}

    @Operation(summary = "The viewer's check-in calls for today, in the order of their windows")
    @GetMapping("/api/v1/check-in-calls")
    List<CheckInCalls.CallDue> today(StaffMember user) {
        return calls.callsToday(user);
    }

    @Operation(summary = "A person's check-in calls: the plan they chose and their latest calls")
    @GetMapping("/api/v1/participants/{id}/check-in")
    PersonCalls get(StaffMember user, @PathVariable UUID id) {
        CheckInCalls.Calls found = calls.get(user, id);
        return new PersonCalls(
                found.plan() == null ? null : found.plan().version(),
                CheckInCalls.PlanView.of(found.plan()),
                found.latest());
    }

    @Operation(summary = "Opt the person into check-in calls, or change the day, window or rhythm")
    @PutMapping("/api/v1/participants/{id}/check-in")
    CheckInCalls.PlanView plan(StaffMember user, @PathVariable UUID id, @RequestBody CallScheduleRequest body) {
        return CheckInCalls.PlanView.of(calls.plan(
                user,
                id,
                new CheckInCalls.PlanRequest(
                        body.weekday(),
                        body.windowStart(),
                        body.windowEnd(),
                        body.everyWeeks() == null ? 1 : body.everyWeeks(),
                        body.version())));
    }

    @Operation(summary = "End the person's check-in calls")
    @PostMapping("/api/v1/participants/{id}/check-in/stop")
    CheckInCalls.PlanView stop(StaffMember user, @PathVariable UUID id, @RequestBody CallScheduleStopRequest body) {
        return CheckInCalls.PlanView.of(
                calls.stop(user, id, FormValues.requiredVersion(body.version(), "check-in calls")));
    }

    @Operation(summary = "Log a call: a reached call is also a signed phone contact; the others are attempts")
    @PostMapping("/api/v1/participants/{id}/check-in-calls")
    ResponseEntity<CheckInCalls.Logged> log(StaffMember user, @PathVariable UUID id, @RequestBody CallRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(calls.log(
                        user,
                        id,
                        new CheckInCalls.CallLog(
                                body.outcome(),
                                body.words(),
                                body.minutes(),
                                body.followUp(),
                                texts.of(CheckInController.PLAIN_NOTE))));
    }
}
