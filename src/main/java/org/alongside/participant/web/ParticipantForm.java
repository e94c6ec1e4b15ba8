package org.alongside.participant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.alongside.participant.ContactKind;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantDetails.ContactMethod;
import org.alongside.participant.ParticipantDetails.SupportContact;
import org.alongside.participant.ParticipantManagement.NewParticipant;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.web.FormValues;
import org.springframework.validation.BindingResult;

/**
 * The participant form as typed: every field a string, so any input can be shown back with a
 * message beside the field. {@link #toDetails()} parses it; blank contact rows are ignored.
 */
record ParticipantForm(
        String preferredName,
        String legalName,
        String pronouns,
        String dateOfBirth,
        String preferredLanguage,
        String address,
        List<ContactRow> contacts,
        List<SupportRow> supports,
        String programId,
        String primaryWorkerId,
        String referralSource,
        String startDate,
        Long version) {

    static final int CONTACT_ROWS = 3;
    static final int SUPPORT_ROWS = 3;

    ParticipantForm {
        contacts = pad(contacts, CONTACT_ROWS, () -> new ContactRow("PHONE", "", false, false));
        supports = pad(supports, SUPPORT_ROWS, () -> new SupportRow("", "", ""));
    }

    /** Unticked checkboxes are not sent at all, so both flags may be null: null means no. */
    record ContactRow(String kind, String value, Boolean preferred, Boolean safeToLeaveMessage) {
        boolean isPreferred() {
            return Boolean.TRUE.equals(preferred);
        }

        boolean isSafeToLeaveMessage() {
            return Boolean.TRUE.equals(safeToLeaveMessage);
        }
    }

    record SupportRow(String name, String relationship, String phone) {}

    static ParticipantForm empty(LocalDate today) {
        return new ParticipantForm("", "", "", "", "", "", null, null, "", "", "", today.toString(), null);
    }

    static ParticipantForm of(ParticipantView view) {
        ParticipantDetails d = view.details();
        return new ParticipantForm(
                d.preferredName(),
                d.legalName(),
                d.pronouns(),
                d.dateOfBirth() == null ? "" : d.dateOfBirth().toString(),
                d.preferredLanguage(),
                d.address(),
                d.contactMethods().stream()
                        .map(c -> new ContactRow(c.kind().name(), c.value(), c.preferred(), c.safeToLeaveMessage()))
                        .toList(),
                d.supportContacts().stream()
                        .map(s -> new SupportRow(s.name(), s.relationship(), s.phone()))
                        .toList(),
                null,
                null,
                null,
                null,
                view.version());
    }

    ParticipantDetails toDetails() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate birth = FormValues.date(dateOfBirth, "dateOfBirth", errors);
        List<ContactMethod> methods = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactRow row = contacts.get(i);
            if (row.value() == null || row.value().isBlank()) {
                continue;
            }
            ContactKind kind = kind(row.kind());
            if (kind == null) {
                errors.put("contacts[" + i + "].kind", "Choose phone, text or email");
            }
            methods.add(new ContactMethod(kind, row.value(), row.isPreferred(), row.isSafeToLeaveMessage()));
        }
        List<SupportContact> contactsOut = new ArrayList<>();
        for (SupportRow row : supports) {
            if (!blank(row.name()) || !blank(row.phone()) || !blank(row.relationship())) {
                contactsOut.add(new SupportContact(row.name(), row.relationship(), row.phone()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ParticipantDetails(
                preferredName, legalName, pronouns, birth, preferredLanguage, address, methods, contactsOut);
    }

    NewParticipant toNewParticipant() {
        ParticipantDetails details = toDetails();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = FormValues.date(startDate, "startDate", errors);
        UUID program = FormValues.uuid(programId, "programId", "Choose a program you work in", errors);
        UUID worker =
                FormValues.uuid(primaryWorkerId, "primaryWorkerId", "Choose the person's primary peer worker", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewParticipant(details, program, worker, referralSource, start);
    }

    /** Values the browser sent that could not be read at all (a tampered form): named beside their field. */
    static void rejectUnreadable(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "This value could not be read"));
            throw new InvalidInputException(errors);
        }
    }

    /** Maps field errors from the domain (contactMethods[n]) back to this form's rows (contacts[n]). */
    static Map<String, String> formErrors(Map<String, String> errors, ParticipantForm form) {
        Map<String, String> mapped = new LinkedHashMap<>();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < form.contacts().size(); i++) {
            if (!blank(form.contacts().get(i).value())) {
                filled.add(i);
            }
        }
        errors.forEach((field, message) -> mapped.put(rowField(field, filled), message));
        return mapped;
    }

    private static String rowField(String field, List<Integer> filled) {
        if (field.startsWith("contactMethods[")) {
            int index = Integer.parseInt(field.substring(15, field.indexOf(']')));
            int row = index < filled.size() ? filled.get(index) : index;
            return "contacts[" + row + "]" + field.substring(field.indexOf(']') + 1);
        }
        return field.startsWith("supportContacts[") ? "supports" + field.substring(15) : field;
    }

    private static ContactKind kind(String value) {
        try {
            return value == null ? null : ContactKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> pad(List<T> rows, int size, Supplier<T> blank) {
        List<T> padded = new ArrayList<>(
                rows == null
                        ? List.of()
                        : rows.stream().filter(Objects::nonNull).toList());
        while (padded.size() < size) {
            padded.add(blank.get());
        }
        return padded;
    }
}
