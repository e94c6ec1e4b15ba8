package org.alongside.participant;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.shared.ContactValues;
import org.alongside.shared.InvalidInputException;

/** Limits on what a participant record holds, with a message beside each field that breaks one. */
final class ParticipantRules {

    private ParticipantRules() {}

    static void check(ParticipantDetails details, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (details.preferredName() == null || details.preferredName().isBlank()) {
            errors.put("preferredName", "Enter the name the person would like to be called");
        }
        max(errors, "preferredName", details.preferredName(), 200);
        max(errors, "legalName", details.legalName(), 200);
        max(errors, "pronouns", details.pronouns(), 60);
        max(errors, "preferredLanguage", details.preferredLanguage(), 60);
        max(errors, "address", details.address(), 500);
        if (details.dateOfBirth() != null
                && (details.dateOfBirth().isAfter(today)
                        || details.dateOfBirth().isBefore(today.minusYears(130)))) {
            errors.put("dateOfBirth", "Enter a date of birth in the past");
        }
        contactMethods(details.contactMethods(), errors);
        supportContacts(details.supportContacts(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void contactMethods(List<ParticipantDetails.ContactMethod> methods, Map<String, String> errors) {
        if (methods.size() > 10) {
            errors.put("contactMethods", "Add at most 10 ways to reach the person");
        }
        for (int i = 0; i < methods.size(); i++) {
            ParticipantDetails.ContactMethod method = methods.get(i);
            String field = "contactMethods[" + i + "]";
            if (method.kind() == null) {
                errors.put(field + ".kind", "Choose phone, text or email");
            } else if (method.value() == null || method.value().isBlank()) {
                errors.put(field + ".value", "Enter the number or address");
            } else if (method.kind() == ContactKind.EMAIL && !ContactValues.isEmail(method.value())) {
                errors.put(field + ".value", ContactValues.EMAIL_MESSAGE);
            } else if (method.kind() != ContactKind.EMAIL && !ContactValues.isPhone(method.value())) {
                errors.put(field + ".value", ContactValues.PHONE_MESSAGE);
            }
            max(errors, field + ".value", method.value(), 254);
        }
    }

    private static void supportContacts(List<ParticipantDetails.SupportContact> contacts, Map<String, String> errors) {
        if (contacts.size() > 20) {
            errors.put("supportContacts", "Add at most 20 support contacts");
        }
        for (int i = 0; i < contacts.size(); i++) {
            ParticipantDetails.SupportContact contact = contacts.get(i);
            String field = "supportContacts[" + i + "]";
            if (contact.name() == null || contact.name().isBlank()) {
                errors.put(field + ".name", "Enter the support contact's name");
            }
            max(errors, field + ".name", contact.name(), 200);
            max(errors, field + ".relationship", contact.relationship(), 100);
            if (contact.phone() != null && !contact.phone().isBlank() && !ContactValues.isPhone(contact.phone())) {
                errors.put(field + ".phone", ContactValues.PHONE_MESSAGE);
            }
        }
    }

    static void max(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.putIfAbsent(field, "Use at most " + max + " characters");
        }
    }
}
