package org.alongside.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.consent.ConsentTemplates;
import org.alongside.consent.Consents;
import org.alongside.consent.Part2Notices;
import org.alongside.consent.domain.Consent;
import org.alongside.participant.ParticipantView;
import org.alongside.participant.WithPerson;
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
 * A person's consents on a phone: the list with where each stands, a consent filled in from a
 * template and completed with the person (every §2.31 element on one form, in plain words), one
 * consent with its versions, and revocation in one action.
 */
@Controller
class ConsentsController {

    private final Consents consents;
    private final ConsentTemplates templates;
    private final Part2Notices notices;
    private final Texts texts;
    private final Clock clock;

    ConsentsController(Consents consents, ConsentTemplates templates, Part2Notices notices, Texts texts, Clock clock) {
        this.consents = consents;
        this.templates = templates;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/consents")
    String list(StaffMember user, @PathVariable UUID id, Model model) {
        WithPerson<List<Consents.History>> page = consents.page(user, id);
        model.addAttribute("person", page.person());
        model.addAttribute("consents", page.content());
        model.addAttribute("templates", templates.choices(LocaleContextHolder.getLocale()));
        return "consent/consents";
    }

    @GetMapping("/people/{id}/consents/new")
    String form(StaffMember user, @PathVariable UUID id, @RequestParam(required = false) String template, Model model) {
        ParticipantView person = consents.person(user, id);
        model.addAttribute("person", person);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", proposed(person, template));
        }
        model.addAttribute("items", Consent.Item.values());
        model.addAttribute("kinds", Consent.Recipient.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "consent/consent-form";
    }

    /** The form's fields as a template proposes them (or empty but for the person's name and today). */
    private Map<String, String> proposed(ParticipantView person, String template) {
        String name = person.details().legalName() != null
                ? person.details().legalName()
                : person.details().preferredName();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personName", name);
        fields.put("signedOn", today.toString());
        templates.find(template).ifPresent(t -> {
            Consent.Terms terms = templates.fill(t, name, LocaleContextHolder.getLocale(), today);
            fields.put("templateId", t.id());
            fields.put("discloser", terms.discloser());
            fields.put("everything", String.valueOf(terms.everything()));
            fields.put(
                    "information",
                    String.join(
                            ",",
                            terms.information().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList()));
            Consent.Recipient r = terms.recipients().get(0);
            fields.put("recipientKind", r.kind().name());
            fields.put("recipientName", r.name() == null ? "" : r.name());
            fields.put("purpose", terms.purpose());
            fields.put("revocation", terms.revocation());
            fields.put(
                    "expiresOn",
                    terms.expiresOn() == null ? "" : terms.expiresOn().toString());
            fields.put("expiryEvent", terms.expiryEvent() == null ? "" : terms.expiryEvent());
        });
        return fields;
    }

    @PostMapping("/people/{id}/consents")
    String give(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Consents.History given = consents.give(user, id, terms(form));
                    redirect.addFlashAttribute("saved", texts.of("consent.flash.given"));
                    return "redirect:/people/" + id + "/consents/"
                            + given.current().seriesId();
                },
                () -> form(user, id, form.getFirst("templateId"), model));
    }

    /** The consent as the form sent it, refusing a malformed day or choice field by field. */
    private static Consent.Terms terms(MultiValueMap<String, String> form) {
        Map<String, String> errors = new HashMap<>();
        Set<Consent.Item> information = EnumSet.noneOf(Consent.Item.class);
        List<String> chosen = form.getOrDefault("information", List.of());
        for (String item : chosen) {
            Consent.Item found = FormValues.choice(Consent.Item.class, item, "information", errors);
            if (found != null) {
                information.add(found);
            }
        }
        Consent.Recipient.Kind kind =
                FormValues.choice(Consent.Recipient.Kind.class, form.getFirst("recipientKind"), "recipients", errors);
        LocalDate expiresOn = FormValues.date(form.getFirst("expiresOn"), "expiresOn", errors);
        LocalDate signedOn = FormValues.date(form.getFirst("signedOn"), "signedOn", errors);
        Forms.refuseIfAny(errors);
        String typedName = form.getFirst("signatureName");
        String drawing = form.getFirst("signatureDrawing");
        boolean drawn = drawing != null && !drawing.isBlank();
        return new Consent.Terms(
                form.getFirst("templateId"),
                form.getFirst("personName"),
                form.getFirst("discloser"),
                information,
                "true".equals(form.getFirst("everything")),
                form.getFirst("informationWords"),
                kind == null
                        ? List.of()
                        : List.of(new Consent.Recipient(
                                kind, form.getFirst("recipientName"), form.getFirst("recipientMembers"))),
                form.getFirst("purpose"),
                form.getFirst("revocation"),
                expiresOn,
                form.getFirst("expiryEvent"),
                drawn
                        ? new Consent.Signature(Consent.Signature.Kind.DRAWN, typedName, drawing)
                        : typedName == null || typedName.isBlank()
                                ? null
                                : new Consent.Signature(Consent.Signature.Kind.TYPED, typedName, null),
                signedOn);
    }

    @GetMapping("/people/{id}/consents/{consentId}")
    String one(StaffMember user, @PathVariable UUID id, @PathVariable UUID consentId, Model model) {
        WithPerson<Consents.History> page = consents.page(user, id, consentId);
        model.addAttribute("person", page.person());
        model.addAttribute("consent", page.content());
        model.addAttribute("notice", notices.on(LocalDate.now(clock)));
        Forms.errorsIfNone(model);
        return "consent/consent";
    }

    @PostMapping("/people/{id}/consents/{consentId}/revocation")
    String revoke(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @RequestParam(required = false) String how,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    consents.revoke(user, id, consentId, how);
                    redirect.addFlashAttribute("saved", texts.of("consent.flash.revoked"));
                    return "redirect:/people/" + id + "/consents/" + consentId;
                },
                () -> one(user, id, consentId, model));
    }
}
