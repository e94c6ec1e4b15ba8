package org.alongside.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.referral.domain.Referral;

/** A referral as pages and the API show it, with the service's name and the FHIR Task status it maps to. */
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
        long version,
        List<Referral.StatusChange> history) {

    static ReferralView of(Referral r, String serviceName) {
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
                r.version(),
                r.history());
    }
}
