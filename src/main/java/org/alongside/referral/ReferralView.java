package org.alongside.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.referral.domain.Referral;

/**
 * A referral as pages and the API show it: the service's name, the FHIR Task status it maps to,
 * the steps it can take next, and its history with who took each step.
 */
public record ReferralView(
        UUID id,
        UUID participantId,
        UUID serviceId,
        String serviceName,
        String need,
        String note,
        ContactPreference contact,
        ReferralStatus status,
        String fhirTaskStatus,
        LocalDate followUp,
        NotConnectedReason reason,
        Helped helped,
        String helpedWords,
        Appointment appointment,
        long version,
        List<ReferralStatus> nextSteps,
        List<Step> history) {

    /** One change of status, with the name of the staff member who made it. */
    public record Step(
            ReferralStatus status,
            Instant at,
            UUID by,
            String byName,
            NotConnectedReason reason,
            String note,
            boolean skipped) {}

    /** When the referral was made. */
    public Instant madeAt() {
        return history.get(0).at();
    }

    /** Whether the follow-up date has passed, as of {@code today}. */
    public boolean overdue(LocalDate today) {
        return followUp != null && followUp.isBefore(today);
    }

    static ReferralView of(Referral r, String serviceName, Map<UUID, String> names) {
        return new ReferralView(
                r.id(),
                r.participantId(),
                r.serviceId(),
                serviceName,
                r.need(),
                r.note(),
                r.contact(),
                r.status(),
                r.fhirTaskStatus(),
                r.followUp(),
                r.reason(),
                r.helped(),
                r.helpedWords(),
                r.appointment(),
                r.version(),
                r.nextSteps(),
                r.history().stream()
                        .map(c -> new Step(
                                c.status(), c.at(), c.by(), names.get(c.by()), c.reason(), c.note(), c.skipped()))
                        .toList());
    }
}
