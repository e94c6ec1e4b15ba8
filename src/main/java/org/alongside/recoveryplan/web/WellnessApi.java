package org.alongside.recoveryplan.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.recoveryplan.WellnessCheck;
import org.alongside.recoveryplan.WellnessCheckManagement;
import org.alongside.recoveryplan.WheelComparison;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Wellness self-checks over the API. */
@RestController
@RequestMapping("/api/v1/participants/{id}/wellness-checks")
class WellnessApi {

    private final WellnessCheckManagement checks;

    WellnessApi(WellnessCheckManagement checks) {
        this.checks = checks;
    }

    record WellnessCheckRequest(
            LocalDate takenOn,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "One rating from 0 to 10 for each of the 8 dimensions",
                    example = """
                                    [{"dimension": "EMOTIONAL", "rating": 6}, {"dimension": "ENVIRONMENTAL", "rating": 7},
                                     {"dimension": "FINANCIAL", "rating": 4}, {"dimension": "INTELLECTUAL", "rating": 8},
                                     {"dimension": "OCCUPATIONAL", "rating": 5}, {"dimension": "PHYSICAL", "rating": 6},
                                     {"dimension": "SOCIAL", "rating": 7}, {"dimension": "SPIRITUAL", "rating": 9}]""")
            List<WellnessCheck.Rating> ratings) {}

    @Operation(summary = "Record a self-check: all 8 dimensions rated 0–10, notes optional")
    @PostMapping
    ResponseEntity<WellnessCheck> record(
            StaffMember user, @PathVariable UUID id, @RequestBody WellnessCheckRequest body) {
        WellnessCheck check = checks.record(user, id, body.takenOn(), body.ratings());
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/wellness-checks/" + check.id()))
                .body(check);
    }

    @Operation(summary = "Every self-check, newest first")
    @GetMapping
    List<WellnessCheck> list(StaffMember user, @PathVariable UUID id) {
        return checks.list(user, id);
    }

    @Operation(summary = "Two self-checks compared dimension by dimension")
    @GetMapping("/compare")
    WheelComparison compare(
            StaffMember user, @PathVariable UUID id, @RequestParam UUID first, @RequestParam UUID second) {
        return checks.compare(user, id, first, second);
    }
}
