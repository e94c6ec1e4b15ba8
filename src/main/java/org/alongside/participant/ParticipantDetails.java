package org.alongside.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.alongside.shared.ContactValues;

/** What a person tells us about themselves, kept as they said it. */
public record ParticipantDetails(
        String preferredName,
        String legalName,
        String pronouns,
        LocalDate dateOfBirth,
        String preferredLanguage,
        String address,
        List<ContactMethod> contactMethods,
        List<SupportContact> supportContacts) {

    public ParticipantDetails {
        contactMethods = contactMethods == null ? List.of() : List.copyOf(contactMethods);
        supportContacts = supportContacts == null ? List.of() : List.copyOf(supportContacts);
    }

    /** One way to reach the person, and whether a message may be left there. */
    public record ContactMethod(
            @Schema(example = "PHONE") ContactKind kind,

            @Schema(description = "A phone number, or an email address for EMAIL", example = "555 0100")
            String value,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean preferred,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean safeToLeaveMessage) {

        /** The number as a {@code tel:} or {@code sms:} link needs it. */
        public String dialable() {
            return ContactValues.dialable(value);
        }
    }

    /** Someone the person names as a support. */
    public record SupportContact(
            String name,
            String relationship,
            @Schema(example = "555 0100") String phone) {

        /** The number as a {@code tel:} or {@code sms:} link needs it. */
        public String dialable() {
            return ContactValues.dialable(phone);
        }
    }
}
