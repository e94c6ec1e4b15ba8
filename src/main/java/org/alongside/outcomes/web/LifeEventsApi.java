package org.alongside.outcomes.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.outcomes.LifeEvents;
import org.alongside.outcomes.domain.LifeEvent;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Life events over the API: service use and life circumstances, recorded with the person and read for their care. */
@RestController
@Tag(name = "Outcome measures")
class LifeEventsApi {

    private final LifeEvents events;

    LifeEventsApi(LifeEvents events) {
        this.events = events;
    }

    record LifeEventRequest(
            @Schema(requiredMode = REQUIRED, example = "HOSPITAL_STAY")
            LifeEvent.Kind kind,

            @Schema(
                    description = "one of the kind's details (PSYCHIATRIC or MEDICAL for a hospital stay, …)",
                    example = "PSYCHIATRIC")
            String detail,

            @Schema(requiredMode = REQUIRED, example = "2026-10-02")
            LocalDate startedOn,

            @Schema(description = "for a stay in hospital or jail; left out while it goes on", example = "2026-10-09")
            LocalDate endedOn,

            @Schema(description = "a reason the person gives, kept as they said it")
            String words) {}

    @Operation(summary = "Record a life event with the person (events before enrolment are welcome)")
    @PostMapping("/api/v1/participants/{id}/life-events")
    ResponseEntity<LifeEvent> record(StaffMember user, @PathVariable UUID id, @RequestBody LifeEventRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(events.record(
                        user,
                        id,
                        new LifeEvents.EventForm(
                                body.kind(), body.detail(), body.startedOn(), body.endedOn(), body.words())));
    }

    @Operation(summary = "A person's life events, newest first")
    @GetMapping("/api/v1/participants/{id}/life-events")
    List<LifeEvent> list(StaffMember user, @PathVariable UUID id) {
        return events.of(user, id);
    }
}
