package org.alongside.workforce.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.workforce.Credentials;
import org.alongside.workforce.Profiles;
import org.alongside.workforce.Trainings;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.LivedExperience;
import org.alongside.workforce.domain.Training;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff member's workforce record over the API: profile, credentials (with where each stands
 * and what it still needs) and trainings, for the person, their supervisors (reading) and the
 * administrators who manage them; anyone else gets 404.
 */
@RestController
@Tag(name = "Workforce")
class WorkforceApi {

    private final Profiles profiles;
    private final Credentials credentials;
    private final Trainings trainings;
    private final RenewalWords words;

    WorkforceApi(Profiles profiles, Credentials credentials, Trainings trainings, RenewalWords words) {
        this.profiles = profiles;
        this.credentials = credentials;
        this.trainings = trainings;
        this.words = words;
    }

    record ProfileRequest(
            @Schema(
                    description = "a code from GET /api/v1/workforce/titles; empty for none",
                    example = "peer_specialist")
            String titleCode,

            @Schema(example = "PAID") Profiles.Employment employment,

            @Schema(example = "[\"English\", \"Spanish\"]") List<String> languages,

            @Schema(example = "30") BigDecimal hoursPerWeek,

            @Schema(
                    description = "recorded only by the person themselves; others send what they read, or leave it out",
                    example = "[]")
            List<LivedExperience> livedExperience,

            @Schema(requiredMode = REQUIRED, description = "the version read", example = "0")
            Long version) {}

    @Operation(summary = "A staff member's workforce profile")
    @GetMapping("/api/v1/staff/{id}/profile")
    Profiles.Profile profile(StaffMember user, @PathVariable UUID id) {
        return profiles.get(user, id);
    }

    @Operation(summary = "Change a staff member's profile (the person, or an administrator who manages them)")
    @PutMapping("/api/v1/staff/{id}/profile")
    Profiles.Profile changeProfile(StaffMember user, @PathVariable UUID id, @RequestBody ProfileRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Send the version you read");
        }
        return profiles.change(
                user,
                id,
                new Profiles.ProfileChange(
                        body.titleCode(),
                        body.employment(),
                        body.languages(),
                        body.hoursPerWeek(),
                        body.livedExperience(),
                        body.version()));
    }

    record CredentialRequest(
            @Schema(
                    description = "a rule set from GET /api/v1/workforce/rule-sets, for its renewal rules",
                    example = "icrc-peer-recovery")
            String ruleSetId,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "the credential as the person knows it",
                    example = "Certified Peer Recovery Specialist")
            String typeName,

            @Schema(example = "State certification board") String issuingBody,

            @Schema(example = "PR-12345") String number,

            @Schema(requiredMode = REQUIRED, example = "2025-03-15")
            LocalDate certifiedOn,

            @Schema(
                    description = "this certificate's date of issue; the date of certification when left out",
                    example = "2025-03-15")
            LocalDate issuedOn,

            @Schema(
                    description = "a day a cycle of the rule set ends on; worked out from the rule set when left out",
                    example = "2027-03-15")
            LocalDate expiresOn,

            @Schema(description = "a proof uploaded first with POST /api/v1/staff/{id}/proofs")
            UUID proofId) {

        Credentials.NewCredential command() {
            if (typeName == null) {
                throw new InvalidInputException("typeName", "Name the credential, or choose its type from the list");
            }
            return new Credentials.NewCredential(
                    ruleSetId, typeName, issuingBody, number, certifiedOn, issuedOn, expiresOn, proofId);
        }
    }

    @Operation(summary = "A staff member's current credentials, each with where it stands and what it still needs")
    @GetMapping("/api/v1/staff/{id}/credentials")
    List<CredentialView> credentials(StaffMember user, @PathVariable UUID id) {
        return credentials.of(user, id).stream()
                .map(h -> CredentialView.of(h, words))
                .toList();
    }

    @Operation(summary = "Record a credential")
    @PostMapping("/api/v1/staff/{id}/credentials")
    ResponseEntity<CredentialView> addCredential(
            StaffMember user, @PathVariable UUID id, @RequestBody CredentialRequest body) {
        CredentialView added = CredentialView.of(credentials.add(user, id, body.command(), null), words);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/credentials/" + added.id()))
                .body(added);
    }

    @Operation(
            summary = "Record the renewed (or corrected) certificate that replaces a credential; the old one is kept")
    @PostMapping("/api/v1/staff/{id}/credentials/{credentialId}/renewals")
    ResponseEntity<CredentialView> renew(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID credentialId,
            @RequestBody CredentialRequest body) {
        CredentialView renewed =
                CredentialView.of(credentials.replace(user, id, credentialId, body.command(), null), words);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/credentials/" + renewed.id()))
                .body(renewed);
    }

    record TrainingRequest(
            @Schema(requiredMode = REQUIRED, example = "2026-01-15")
            LocalDate takenOn,

            @Schema(requiredMode = REQUIRED, example = "Ethics and boundaries in peer work")
            String title,

            @Schema(example = "The state peer network") String provider,

            @Schema(description = "approved by the credentialing body", example = "true")
            Boolean approvedProvider,

            @Schema(requiredMode = REQUIRED, description = "more than 0, at most 24", example = "6")
            BigDecimal hours,

            @Schema(description = "how many of the hours fall in each category", example = "{\"ETHICS\": 2}")
            Map<HourCategory, BigDecimal> categoryHours,

            @Schema(description = "a proof uploaded first with POST /api/v1/staff/{id}/proofs")
            UUID proofId) {}

    @Operation(summary = "A staff member's trainings, newest first")
    @GetMapping("/api/v1/staff/{id}/trainings")
    List<Training> trainings(StaffMember user, @PathVariable UUID id) {
        return trainings.of(user, id);
    }

    @Operation(summary = "Log a training")
    @PostMapping("/api/v1/staff/{id}/trainings")
    ResponseEntity<Training> logTraining(StaffMember user, @PathVariable UUID id, @RequestBody TrainingRequest body) {
        Training logged = trainings.log(
                user,
                id,
                new Trainings.NewTraining(
                        body.takenOn(),
                        body.title(),
                        body.provider(),
                        Boolean.TRUE.equals(body.approvedProvider()),
                        body.hours(),
                        body.categoryHours(),
                        body.proofId()),
                null);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/trainings/" + logged.id()))
                .body(logged);
    }

    record TrainingWithdrawal(
            @Schema(
                    requiredMode = REQUIRED,
                    description = "why it is withdrawn, at most 500 characters",
                    example = "Logged twice")
            String reason) {}

    @Operation(
            summary = "Withdraw a training logged by mistake",
            description = "The training is kept, marked withdrawn with who, when and why, and stops counting toward"
                    + " renewals. Supervision hours follow their session and cannot be withdrawn here.")
    @PostMapping("/api/v1/staff/{id}/trainings/{trainingId}/withdrawal")
    Training withdrawTraining(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID trainingId,
            @RequestBody TrainingWithdrawal body) {
        return trainings.withdraw(user, id, trainingId, body.reason());
    }
}
