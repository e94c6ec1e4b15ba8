package org.alongside.recoveryplan.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.recoveryplan.CrisisPlanManagement;
import org.alongside.recoveryplan.CrisisPlanManagement.CrisisPlanView;
import org.alongside.recoveryplan.domain.CrisisPlanDocument;
import org.alongside.recoveryplan.domain.CrisisPlanDocument.Contact;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The crisis and relapse-prevention plan over the API. */
@RestController
@RequestMapping("/api/v1/participants/{id}/crisis-plan")
class CrisisPlanApi {

    private final CrisisPlanManagement plans;

    CrisisPlanApi(CrisisPlanManagement plans) {
        this.plans = plans;
    }

    record CrisisPlanRequest(
            String whenWell,
            String triggers,
            String earlyWarningSigns,
            String whatHelps,
            String whatOthersCanDo,
            String whatToAvoid,
            List<Contact> people,
            List<Contact> professionals,
            String placesICanGo,
            @Schema(requiredMode = REQUIRED) Long version) {
        CrisisPlanDocument content() {
            return new CrisisPlanDocument(
                    whenWell,
                    triggers,
                    earlyWarningSigns,
                    whatHelps,
                    whatOthersCanDo,
                    whatToAvoid,
                    people,
                    professionals,
                    placesICanGo,
                    List.of());
        }
    }

    record CrisisNoteRequest(
            LocalDate on,
            @Schema(requiredMode = REQUIRED) String text,
            @Schema(requiredMode = REQUIRED) Long version) {}

    @Operation(summary = "The crisis plan (version 0 when nothing is written yet)")
    @GetMapping
    CrisisPlanView get(StaffMember user, @PathVariable UUID id) {
        return plans.view(user, id);
    }

    @Operation(summary = "Write or revise the crisis plan; notes after a crisis are kept")
    @PutMapping
    CrisisPlanView revise(StaffMember user, @PathVariable UUID id, @RequestBody CrisisPlanRequest body) {
        return plans.revise(user, id, body.content(), version(body.version()));
    }

    @Operation(summary = "Add a note after a crisis: what happened, what helped")
    @PostMapping("/notes")
    ResponseEntity<CrisisPlanView> note(StaffMember user, @PathVariable UUID id, @RequestBody CrisisNoteRequest body) {
        return ResponseEntity.status(201)
                .body(plans.addNoteAfterCrisis(user, id, body.on(), body.text(), version(body.version())));
    }

    private static long version(Long version) {
        return FormValues.requiredVersion(version, "plan");
    }
}
