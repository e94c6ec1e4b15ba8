package org.alongside.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.Resource;
import org.alongside.directory.Resource.Span;
import org.alongside.directory.ResourceEditor;
import org.alongside.directory.ResourceReader;
import org.alongside.directory.ResourceRules;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators add, edit and retire resources in the pages: one phone-friendly form, with the
 * opening hours as a start and an end per weekday. A refused form comes back as it was typed,
 * each problem beside its field.
 */
@Controller
class ResourceController {

    private final ResourceEditor editor;
    private final ResourceReader reader;
    private final ResourceRules rules;
    private final AlongsideTerms terms;
    private final Texts texts;

    ResourceController(
            ResourceEditor editor, ResourceReader reader, ResourceRules rules, AlongsideTerms terms, Texts texts) {
        this.reader = reader;
        this.editor = editor;
        this.rules = rules;
        this.terms = terms;
        this.texts = texts;
    }

    @GetMapping("/admin/directory/services/new")
    String blank(StaffMember user, Model model) {
        return form(null, Resource.blank(), model);
    }

    @GetMapping("/admin/directory/services/{id}/edit")
    String edit(StaffMember user, @PathVariable UUID id, Model model) {
        return form(id, reader.load(id).orElseThrow(() -> new NotFoundException("This resource")), model);
    }

    @PostMapping("/admin/directory/services")
    String add(
            StaffMember user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return save(user, null, form, model, redirect);
    }

    @PostMapping("/admin/directory/services/{id}")
    String change(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        reader.load(id).orElseThrow(() -> new NotFoundException("This resource"));
        return save(user, id, form, model, redirect);
    }

    @PostMapping("/admin/directory/services/{id}/status")
    String status(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    editor.setStatus(user, id, status);
                    redirect.addFlashAttribute(
                            "saved",
                            texts.of("resource.statusSaved", texts.of("resource.status." + status.replace(' ', '-'))));
                    return "redirect:/directory/services/" + id;
                },
                () -> form(id, reader.load(id).orElseThrow(() -> new NotFoundException("This resource")), model));
    }

    private String save(
            StaffMember user, UUID id, MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Resource typed = read(form, errors);
        rules.problems(typed).forEach(errors::putIfAbsent);
        return Forms.submit(
                model,
                () -> {
                    Forms.refuseIfAny(errors);
                    UUID saved = editor.save(user, id, typed);
                    redirect.addFlashAttribute(
                            "saved", texts.of(id == null ? "resource.added" : "resource.saved", typed.name()));
                    return "redirect:/directory/services/" + saved;
                },
                () -> {
                    model.addAttribute("typedTimes", times(form));
                    return form(id, typed, model);
                });
    }

    private String form(UUID id, Resource resource, Model model) {
        model.addAttribute("serviceId", id);
        model.addAttribute("resource", resource);
        model.addAttribute("needs", terms.of("need").keySet());
        model.addAttribute("dimensions", terms.of("dimension").keySet());
        model.addAttribute("days", DayOfWeek.values());
        Map<DayOfWeek, String> dayNames = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            dayNames.put(day, day.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("dayNames", dayNames);
        model.addAttribute("statuses", Resource.STATUSES);
        Locale reader = LocaleContextHolder.getLocale();
        Map<String, String> languages = new LinkedHashMap<>();
        for (String code : Resource.LANGUAGES) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
            languages.put(code, name.isBlank() || name.equals(code) ? texts.of("resource.language." + code) : name);
        }
        model.addAttribute("languages", languages);
        if (!model.containsAttribute("typedTimes")) {
            Map<String, String> times = new HashMap<>();
            resource.hours().forEach((day, span) -> {
                times.put("opens-" + day, span.opens().toString());
                times.put("closes-" + day, span.closes().toString());
            });
            model.addAttribute("typedTimes", times);
        }
        return "directory/resource";
    }

    /** The form's values as typed; values that cannot be read at all are named in {@code errors}. */
    private static Resource read(MultiValueMap<String, String> form, Map<String, String> errors) {
        Map<DayOfWeek, Span> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String field = "hours-" + day;
            LocalTime opens = FormValues.time(form.getFirst("opens-" + day), field, errors);
            LocalTime closes = FormValues.time(form.getFirst("closes-" + day), field, errors);
            if (opens != null || closes != null || errors.containsKey(field)) {
                hours.put(day, new Span(opens, closes));
            }
        }
        String documents = form.getFirst("documents");
        return new Resource(
                form.getFirst("organization"),
                form.getFirst("name"),
                form.getFirst("description"),
                null,
                form.getFirst("phone"),
                form.getFirst("email"),
                form.getFirst("url"),
                form.getFirst("street"),
                form.getFirst("city"),
                form.getFirst("region"),
                form.getFirst("postcode"),
                decimal(form.getFirst("latitude"), "latitude", errors),
                decimal(form.getFirst("longitude"), "longitude", errors),
                list(form, "needs"),
                list(form, "dimensions"),
                list(form, "languages"),
                "true".equals(form.getFirst("free")),
                form.getFirst("fees"),
                form.getFirst("applicationProcess"),
                form.getFirst("eligibility"),
                documents == null
                        ? List.of()
                        : Arrays.stream(documents.split("\\R"))
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList(),
                hours.entrySet().stream()
                        .filter(e ->
                                e.getValue().opens() != null || e.getValue().closes() != null)
                        .collect(
                                () -> new EnumMap<>(DayOfWeek.class),
                                (m, e) -> m.put(e.getKey(), e.getValue()),
                                Map::putAll));
    }

    private static Map<String, String> times(MultiValueMap<String, String> form) {
        Map<String, String> times = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            times.put("opens-" + day, form.getFirst("opens-" + day));
            times.put("closes-" + day, form.getFirst("closes-" + day));
        }
        return times;
    }

    private static List<String> list(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static Double decimal(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a number, like 41.88");
            return null;
        }
    }
}
