package org.alongside.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.ServicePage;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantRow;
import org.alongside.participant.ParticipantView;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.Helped;
import org.alongside.referral.NotConnectedReason;
import org.alongside.referral.ReferralManagement;
import org.alongside.referral.ReferralManagement.NewReferral;
import org.alongside.referral.ReferralStatus;
import org.alongside.referral.ReferralView;
import org.alongside.shared.Blank;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's referrals in the pages: the list, the form that makes one (reached from the person's
 * page through the directory, or from a service found there), and each referral's page, where it
 * moves through its steps, gets its follow-up date, and records whether it helped.
 */
@Controller
class ReferralController {

    private final Clock clock;

    private final ReferralManagement referrals;
    private final ParticipantManagement participants;
    private final ServicePage services;
    private final AlongsideTerms terms;
    private final SlipText slips;
    private final Texts texts;

    ReferralController(
            ReferralManagement referrals,
            ParticipantManagement participants,
            ServicePage services,
            AlongsideTerms terms,
            SlipText slips,
            Texts texts,
            Clock clock) {
        this.clock = clock;
        this.referrals = referrals;
        this.participants = participants;
        this.services = services;
        this.terms = terms;
        this.slips = slips;
        this.texts = texts;
    }

    @GetMapping("/people/{id}/referrals")
    String list(StaffMember user, @PathVariable UUID id, Model model) {
        var page = referrals.ofPersonPage(user, id);
        model.addAttribute("person", page.person());
        model.addAttribute("referrals", page.content());
        model.addAttribute("today", LocalDate.now(clock));
        return "referral/list";
    }

    /** The referral form for a service; the person is the one it was asked for, or one chosen from the worker's people. */
    @GetMapping("/referrals/new")
    String form(
            StaffMember user,
            @RequestParam UUID service,
            @RequestParam(name = "for", required = false) UUID forPerson,
            @RequestParam(required = false) String need,
            Model model) {
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed(forPerson, need, "", null, null));
        }
        ServicePage.View found = services.of(service).orElseThrow(() -> new NotFoundException("This service"));
        model.addAttribute("service", found);
        model.addAttribute("needs", terms.of("need").keySet());
        model.addAttribute("contacts", ContactPreference.values());
        if (forPerson != null) {
            model.addAttribute("draft", referrals.draft(user, forPerson));
        } else {
            List<ParticipantRow> mine = participants.caseload(user, true, false);
            model.addAttribute("people", mine.isEmpty() ? participants.caseload(user, false, false) : mine);
        }
        return "referral/new";
    }

    /** What was typed into the referral form, shown again when it is refused so nothing is lost. */
    record Typed(UUID participantId, String need, String note, ContactPreference contact, String followUp) {}

    @PostMapping("/referrals")
    String create(
            StaffMember user,
            @RequestParam(required = false) String participantId,
            @RequestParam UUID serviceId,
            @RequestParam(defaultValue = "") String need,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String followUp,
            @RequestParam(defaultValue = "false") boolean personFixed,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        UUID person = FormValues.uuid(participantId, "participantId", "Choose a person from the list", errors);
        ContactPreference how = FormValues.choice(ContactPreference.class, contact, "contact", errors);
        LocalDate date = FormValues.date(followUp, "followUp", errors);
        model.addAttribute("typed", new Typed(person, need, note, how, followUp));
        if (person == null && !errors.containsKey("participantId")) {
            errors.put("participantId", "Choose a person from the list");
        }
        return Forms.submit(
                model,
                () -> {
                    Forms.refuseIfAny(errors);
                    ReferralView made = referrals.suggest(
                            user, person, new NewReferral(serviceId, Blank.toNull(need), note, how, date));
                    redirect.addFlashAttribute("saved", texts.of("referral.flash.made", made.serviceName()));
                    return "redirect:/people/" + person + "/referrals/" + made.id();
                },
                () -> form(user, serviceId, personFixed ? person : null, need, model));
    }

    @GetMapping("/people/{id}/referrals/{referralId}")
    String referral(StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId, Model model) {
        var page = referrals.page(user, id, referralId);
        ReferralView referral = page.content();
        ParticipantView person = page.person();
        model.addAttribute("referral", referral);
        model.addAttribute("person", person);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reasons", NotConnectedReason.values());
        model.addAttribute("helpedChoices", Helped.values());
        services.of(referral.serviceId()).ifPresent(service -> model.addAttribute("service", service));
        return "referral/referral";
    }

    @PostMapping("/people/{id}/referrals/{referralId}/status")
    String move(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID referralId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, referralId, "status", model, redirect, () -> {
            Map<String, String> errors = new HashMap<>();
            ReferralStatus to = FormValues.choice(ReferralStatus.class, status, "status", errors);
            NotConnectedReason why = FormValues.choice(NotConnectedReason.class, reason, "reason", errors);
            Forms.refuseIfAny(errors);
            referrals.move(user, id, referralId, to, why, note, version);
            return texts.of("referral.flash.moved", texts.of("referralStatus." + to));
        });
    }

    @PostMapping("/people/{id}/referrals/{referralId}/follow-up")
    String followUp(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID referralId,
            @RequestParam(required = false) String followUp,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, referralId, "followUp", model, redirect, () -> {
            Map<String, String> errors = new HashMap<>();
            LocalDate date = FormValues.date(followUp, "followUp", errors);
            Forms.refuseIfAny(errors);
            referrals.followUpOn(user, id, referralId, date, version);
            return texts.of("referral.flash.followUp");
        });
    }

    @PostMapping("/people/{id}/referrals/{referralId}/appointment")
    String appointment(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID referralId,
            @RequestParam(required = false) String appointmentOn,
            @RequestParam(required = false) String appointmentAt,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, referralId, "appointment", model, redirect, () -> {
            Map<String, String> errors = new HashMap<>();
            LocalDate on = FormValues.date(appointmentOn, "appointmentOn", errors);
            java.time.LocalTime at = FormValues.time(appointmentAt, "appointmentAt", errors);
            Forms.refuseIfAny(errors);
            referrals.appointment(user, id, referralId, on, at, version);
            return texts.of(on == null ? "referral.flash.appointmentCleared" : "referral.flash.appointment");
        });
    }

    @PostMapping("/people/{id}/referrals/{referralId}/helped")
    String helped(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID referralId,
            @RequestParam(required = false) String helped,
            @RequestParam(defaultValue = "") String words,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, referralId, "helped", model, redirect, () -> {
            Map<String, String> errors = new HashMap<>();
            Helped answer = FormValues.choice(Helped.class, helped, "helped", errors);
            Forms.refuseIfAny(errors);
            referrals.recordHelped(user, id, referralId, answer, words, version);
            return texts.of("referral.flash.helped");
        });
    }

    private interface Change {
        String apply();
    }

    /** Runs a change; a refusal shows the referral's page again with the message beside its form, nothing saved. */
    private String save(
            StaffMember user,
            UUID id,
            UUID referralId,
            String section,
            Model model,
            RedirectAttributes redirect,
            Change change) {
        return Forms.submit(
                model,
                () -> {
                    redirect.addFlashAttribute("saved", change.apply());
                    return "redirect:/people/" + id + "/referrals/" + referralId;
                },
                () -> {
                    model.addAttribute("section", section);
                    return referral(user, id, referralId, model);
                });
    }

    /** The number to text the slip to: the person's preferred phone or text number, else their first. */
}
