package org.alongside.referral.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.Helped;
import org.alongside.referral.NotConnectedReason;
import org.alongside.referral.ReferralManagement;
import org.alongside.referral.ReferralManagement.NewReferral;
import org.alongside.referral.ReferralStatus;
import org.alongside.referral.ReferralView;
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

/** A person's referrals over the API: make one, move it through its steps, follow up, record whether it helped. */
@RestController
@RequestMapping("/api/v1/participants/{id}/referrals")
@Tag(name = "Referrals")
class ReferralApi {

    private final ReferralManagement referrals;

    ReferralApi(ReferralManagement referrals) {
        this.referrals = referrals;
    }

    record ReferralRequest(
            @Schema(requiredMode = REQUIRED) UUID serviceId,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "one of Alongside's needs, such as food or housing",
                    example = "food")
            String need,

            String note,
            @Schema(requiredMode = REQUIRED) ContactPreference contact,

            @Schema(description = "a week ahead when left out")
            LocalDate followUp) {}

    record StatusRequest(
            @Schema(requiredMode = REQUIRED, example = "AGREED")
            ReferralStatus status,

            @Schema(description = "required for NOT_CONNECTED")
            NotConnectedReason reason,

            String note,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record FollowUpRequest(
            @Schema(requiredMode = REQUIRED) LocalDate followUp,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record HelpedRequest(
            @Schema(requiredMode = REQUIRED) Helped helped,
            String words,
            @Schema(requiredMode = REQUIRED) Long version) {}

    @Operation(summary = "Refer the person to a directory service")
    @PostMapping
    ResponseEntity<ReferralView> create(StaffMember user, @PathVariable UUID id, @RequestBody ReferralRequest body) {
        ReferralView made = referrals.suggest(
                user, id, new NewReferral(body.serviceId(), body.need(), body.note(), body.contact(), body.followUp()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/referrals/" + made.id()))
                .body(made);
    }

    @Operation(summary = "The person's referrals, newest first")
    @GetMapping
    List<ReferralView> list(StaffMember user, @PathVariable UUID id) {
        return referrals.ofPerson(user, id);
    }

    @Operation(summary = "One referral with its history")
    @GetMapping("/{referralId}")
    ReferralView get(StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId) {
        return referrals.get(user, id, referralId);
    }

    @Operation(summary = "The next step: AGREED, IN_PROGRESS, CONNECTED, or NOT_CONNECTED with a reason, or CANCELLED")
    @PostMapping("/{referralId}/status")
    ReferralView status(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId, @RequestBody StatusRequest body) {
        return referrals.move(
                user,
                id,
                referralId,
                body.status(),
                body.reason(),
                body.note(),
                FormValues.requiredVersion(body.version(), "referral"));
    }

    @Operation(summary = "Set the next follow-up of an open referral (today or later)")
    @PutMapping("/{referralId}/follow-up")
    ReferralView followUp(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId, @RequestBody FollowUpRequest body) {
        return referrals.followUpOn(
                user, id, referralId, body.followUp(), FormValues.requiredVersion(body.version(), "referral"));
    }

    record AppointmentRequest(
            @Schema(description = "the day; left out, the appointment is cleared", example = "2026-12-15")
            LocalDate appointmentOn,

            @Schema(description = "the time, when one was given", example = "10:30")
            java.time.LocalTime appointmentAt,

            @Schema(requiredMode = REQUIRED) Long version) {}

    @Operation(summary = "Set the person's appointment at the service (printed on their slip), or clear it")
    @PutMapping("/{referralId}/appointment")
    ReferralView appointment(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID referralId,
            @RequestBody AppointmentRequest body) {
        return referrals.appointment(
                user,
                id,
                referralId,
                body.appointmentOn(),
                body.appointmentAt(),
                FormValues.requiredVersion(body.version(), "referral"));
    }

    @Operation(summary = "Whether being connected helped, once connected")
    @PutMapping("/{referralId}/helped")
    ReferralView helped(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId, @RequestBody HelpedRequest body) {
        return referrals.recordHelped(
                user,
                id,
                referralId,
                body.helped(),
                body.words(),
                FormValues.requiredVersion(body.version(), "referral"));
    }
}
