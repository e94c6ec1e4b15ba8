package org.alongside.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteView;
import org.alongside.contact.NoteContent;
import org.alongside.recoveryplan.RecoveryPlanManagement.GoalChoice;
import org.alongside.recoveryplan.WellnessDimension;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact-note pages, written on a phone: the draft saves itself as the worker types (htmx), the
 * language guide answers beside the fields, and signing asks only for what a note needs.
 */
@Controller
class ContactNoteController {

    private final Clock clock;

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ContactNoteManagement notes;
    private final Texts texts;

    ContactNoteController(ContactNoteManagement notes, Texts texts, Clock clock) {
        this.clock = clock;
        this.notes = notes;
        this.texts = texts;
    }

    @GetMapping("/people/{id}/notes")
    String list(StaffMember user, @PathVariable UUID id, Model model) {
        var page = notes.listPage(user, id);
        List<ContactNoteView> all = page.content();
        model.addAttribute("person", page.person());
        model.addAttribute(
                "drafts",
                all.stream()
                        .filter(n -> n.authorId().equals(user.id()) && n.editable())
                        .toList());
        model.addAttribute("notes", all);
        return "contact/notes";
    }

    @PostMapping("/people/{id}/notes")
    String start(StaffMember user, @PathVariable UUID id) {
        NoteContent today = new NoteContent(
                LocalDate.now(clock), null, null, null, null, null, null, null, null, null, null, null, null);
        ContactNoteView note = notes.startDraft(user, id, today);
        return "redirect:/people/" + id + "/notes/" + note.id();
    }

    @GetMapping("/people/{id}/notes/{noteId}")
    String show(StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, Model model) {
        var page = notes.page(user, id, noteId);
        ContactNoteView note = page.content().note();
        model.addAttribute("person", page.person());
        model.addAttribute("note", note);
        if (note.authorId().equals(user.id()) && note.editable()) {
            return edit(page.content().goals(), typed(note.content()), model);
        }
        return "contact/note";
    }

    /** The autosave (htmx) and the plain "Save draft" button both land here. */
    @PostMapping("/people/{id}/notes/{noteId}/draft")
    String save(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        ContactNoteForm typed = new ContactNoteForm(form);
        return orFormAgain(user, id, noteId, form, htmx, model, () -> {
            ContactNoteView note = notes.saveDraft(user, id, noteId, typed.toContent(), typed.version());
            if (htmx != null) {
                model.addAttribute("note", note);
                model.addAttribute("savedAt", LocalTime.now(clock).format(SAVED_AT));
                return "contact/fragments :: autosaved";
            }
            redirect.addFlashAttribute("saved", texts.of("note.flash.draftSaved"));
            return "redirect:/people/" + id + "/notes/" + noteId;
        });
    }

    @PostMapping("/people/{id}/notes/{noteId}/discard")
    String discard(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        return orFormAgain(user, id, noteId, form, null, model, () -> {
            notes.discard(user, id, noteId, new ContactNoteForm(form).version());
            redirect.addFlashAttribute("saved", texts.of("note.flash.discarded"));
            return "redirect:/people/" + id + "/notes";
        });
    }

    @PostMapping("/people/{id}/notes/{noteId}/sign")
    String sign(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        ContactNoteForm typed = new ContactNoteForm(form);
        return orFormAgain(user, id, noteId, form, null, model, () -> {
            ContactNoteView saved = notes.saveDraft(user, id, noteId, typed.toContent(), typed.version());
            ContactNoteView signed = notes.sign(user, id, noteId, saved.version());
            redirect.addFlashAttribute(
                    "saved", texts.of(signed.waitingForCosign() ? "note.flash.waiting" : "note.flash.signed"));
            return "redirect:/people/" + id + "/notes/" + noteId;
        });
    }

    /**
     * Does a change to the note; when it is refused, shows the form again with what was typed and
     * why (for htmx, only the part that changed).
     */
    private String orFormAgain(
            StaffMember user,
            UUID id,
            UUID noteId,
            MultiValueMap<String, String> form,
            String htmx,
            Model model,
            Supplier<String> change) {
        return Forms.submit(model, change, () -> problem(user, id, noteId, form, htmx, model));
    }

    @PostMapping("/people/{id}/notes/{noteId}/addenda")
    String addendum(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    notes.addAddendum(user, id, noteId, text);
                    redirect.addFlashAttribute("saved", texts.of("note.flash.addendum"));
                    return "redirect:/people/" + id + "/notes/" + noteId;
                },
                () -> {
                    model.addAttribute("addendumText", text);
                    return show(user, id, noteId, model);
                });
    }

    private String edit(List<GoalChoice> goals, MultiValueMap<String, String> typed, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("modes", ContactMode.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("dimensions", WellnessDimension.values());
        model.addAttribute("goals", goals);
        model.addAttribute("today", LocalDate.now(clock));
        return "contact/edit";
    }

    /** Nothing typed is lost: the form comes back as typed, with each problem beside its field. */
    private String problem(
            StaffMember user, UUID id, UUID noteId, MultiValueMap<String, String> form, String htmx, Model model) {
        if (htmx != null) {
            return "contact/fragments :: notSaved"; // 200, so that htmx shows it in place
        }
        var page = notes.page(user, id, noteId);
        ContactNoteView note = page.content().note();
        model.addAttribute("person", page.person());
        model.addAttribute("note", note);
        if (!note.editable()) {
            return "contact/note";
        }
        return edit(page.content().goals(), form, model);
    }

    private static MultiValueMap<String, String> typed(NoteContent c) {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        put(typed, "contactDate", c.contactDate());
        put(typed, "startTime", c.startTime());
        put(typed, "endTime", c.endTime());
        put(typed, "durationMinutes", c.startTime() != null && c.endTime() != null ? null : c.durationMinutes());
        put(typed, "mode", c.mode() == null ? null : c.mode().name());
        put(typed, "place", c.place());
        c.activities().forEach(a -> typed.add("activities", a.name()));
        c.dimensions().forEach(d -> typed.add("dimensions", d.name()));
        c.goalIds().forEach(g -> typed.add("goalIds", g.toString()));
        put(typed, "narrative", c.narrative());
        put(typed, "personsWords", c.personsWords());
        put(typed, "nextSteps", c.nextSteps());
        put(typed, "followUpDate", c.followUpDate());
        return typed;
    }

    private static void put(MultiValueMap<String, String> typed, String field, Object value) {
        if (value != null) {
            typed.add(field, value.toString());
        }
    }
}
