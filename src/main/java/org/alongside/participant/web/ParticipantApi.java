package org.alongside.participant.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.Disclosure;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantManagement.NewParticipant;
import org.alongside.participant.ParticipantRow;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Participant records over the API, under the same access rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/participants")
class ParticipantApi {

    private final ParticipantManagement participants;

    ParticipantApi(ParticipantManagement participants) {
        this.participants = participants;
    }

    /** The fields of a person's details, shared by enrolment and update. */
    interface DetailFields {
        String preferredName();

        String legalName();

        String pronouns();

        LocalDate dateOfBirth();

        String preferredLanguage();

        String address();

        List<ParticipantDetails.ContactMethod> contactMethods();

        List<ParticipantDetails.SupportContact> supportContacts();

        default ParticipantDetails details() {
            return new ParticipantDetails(
                    preferredName(),
                    legalName(),
                    pronouns(),
                    dateOfBirth(),
                    preferredLanguage(),
                    address(),
                    contactMethods(),
                    supportContacts());
        }
    }

    record EnrolmentRequest(
            @Schema(requiredMode = REQUIRED) String preferredName,
            String legalName,
            String pronouns,
            LocalDate dateOfBirth,
            String preferredLanguage,
            String address,
            List<ParticipantDetails.ContactMethod> contactMethods,
            List<ParticipantDetails.SupportContact> supportContacts,
            @Schema(requiredMode = REQUIRED) UUID programId,
            @Schema(requiredMode = REQUIRED) UUID primaryWorkerId,
            String referralSource,
            LocalDate startDate)
            implements DetailFields {}

    record ParticipantUpdateRequest(
            @Schema(requiredMode = REQUIRED) String preferredName,
            String legalName,
            String pronouns,
            LocalDate dateOfBirth,
            String preferredLanguage,
            String address,
            List<ParticipantDetails.ContactMethod> contactMethods,
            List<ParticipantDetails.SupportContact> supportContacts,
            @Schema(requiredMode = REQUIRED) Long version)
            implements DetailFields {}

    @Operation(summary = "Enrol a person in a program with a primary peer worker")
    @PostMapping
    ResponseEntity<ParticipantView> create(StaffMember user, @RequestBody EnrolmentRequest body) {
        ParticipantView created = participants.enrol(
                user,
                new NewParticipant(
                        body.details(),
                        body.programId(),
                        body.primaryWorkerId(),
                        body.referralSource(),
                        body.startDate()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One person's record (404 when it does not exist or is not yours to see)")
    @GetMapping("/{id}")
    ParticipantView get(StaffMember user, @PathVariable UUID id) {
        return participants.get(user, id);
    }

    @Operation(
            summary = "The accounting of disclosures: each time part of this person's record left the program"
                    + " (to whom, why, which parts, when, by whom), newest first")
    @GetMapping("/{id}/disclosures")
    List<Disclosure.Accounted> disclosures(StaffMember user, @PathVariable UUID id) {
        return participants.disclosures(user, id);
    }

    @Operation(summary = "People you may see; with q, those whose name looks like q (typos tolerated)")
    @GetMapping
    List<ParticipantRow> search(StaffMember user, @RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? participants.caseload(user, false, false) : participants.search(user, q);
    }

    @Operation(summary = "Update a person's details; send the version you read (a stale version answers 409)")
    @PutMapping("/{id}")
    ParticipantView update(StaffMember user, @PathVariable UUID id, @RequestBody ParticipantUpdateRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Send the version of the record you are changing");
        }
        return participants.update(user, id, body.details(), body.version());
    }
}
