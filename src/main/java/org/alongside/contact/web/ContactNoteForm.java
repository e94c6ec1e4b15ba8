package org.alongside.contact.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.NoteContent;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.web.FormValues;
import org.springframework.util.MultiValueMap;

/** The contact-note form as typed: every field read at once, so all problems show together. */
record ContactNoteForm(MultiValueMap<String, String> form) {

    NoteContent toContent() {
        Map<String, String> errors = new LinkedHashMap<>();
        NoteContent content = new NoteContent(
                FormValues.date(one("contactDate"), "contactDate", errors),
                FormValues.time(one("startTime"), "startTime", errors),
                FormValues.time(one("endTime"), "endTime", errors),
                FormValues.integer(one("durationMinutes"), "durationMinutes", errors),
                FormValues.choice(ContactMode.class, one("mode"), "mode", errors),
                text("place"),
                choices(Activity.class, "activities", errors),
                choices(WellnessDimension.class, "dimensions", errors),
                goals(errors),
                text("narrative"),
                text("personsWords"),
                text("nextSteps"),
                FormValues.date(one("followUpDate"), "followUpDate", errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return content;
    }

    long version() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer version = FormValues.integer(one("version"), "version", errors);
        return FormValues.requiredVersion(version == null ? null : version.longValue(), "note");
    }

    private String one(String field) {
        return form.getFirst(field);
    }

    /** Text as typed; an empty field is no text. */
    private String text(String field) {
        String value = one(field);
        return value == null || value.isBlank() ? null : value;
    }

    private <E extends Enum<E>> Set<E> choices(Class<E> type, String field, Map<String, String> errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : form.getOrDefault(field, List.of())) {
            E one = FormValues.choice(type, value, field, errors);
            if (one != null) {
                chosen.add(one);
            }
        }
        return chosen;
    }

    private List<UUID> goals(Map<String, String> errors) {
        List<UUID> ids = new ArrayList<>();
        for (String value : form.getOrDefault("goalIds", List.of())) {
            UUID id = FormValues.uuid(value, "goalIds", "Link goals from this person's own plan", errors);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
