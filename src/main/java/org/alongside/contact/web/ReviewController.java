package org.alongside.contact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supervisor's review queue: notes waiting for their co-sign, co-signed or returned with a comment. */
@Controller
class ReviewController {

    private final ContactNoteManagement notes;
    private final MessageSource messages;
    private final Texts texts;

    ReviewController(ContactNoteManagement notes, MessageSource messages, Texts texts) {
        this.texts = texts;
        this.notes = notes;
        this.messages = messages;
    }

    @GetMapping("/review")
    String queue(StaffMember user, Model model) {
        model.addAttribute("waiting", notes.reviewQueue(user));
        return "contact/review";
    }

    /** Several notes co-signed at once, each ticked inside the note after reading it. */
    @PostMapping("/review/cosign")
    String cosignTicked(
            StaffMember user,
            @RequestParam(name = "notes", required = false) List<String> personNotes,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return Forms.submit(
                model,
                () -> {
                    List<ContactNoteManagement.NoteRef> refs = new ArrayList<>();
                    for (String value : personNotes == null ? List.<String>of() : personNotes) {
                        refs.add(ref(value));
                    }
                    int done = notes.cosignAll(user, refs);
                    redirect.addFlashAttribute(
                            "saved", messages.getMessage("review.cosigned", new Object[] {done}, locale));
                    return "redirect:/review";
                },
                refusal -> {
                    if (refusal instanceof InvalidInputException) {
                        Forms.errors(model).put("notes", messages.getMessage("review.tickSome", null, locale));
                    }
                    return queue(user, model);
                });
    }

    private static ContactNoteManagement.NoteRef ref(String value) {
        String[] parts = value.split("/", 2);
        try {
            return new ContactNoteManagement.NoteRef(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("notes", "Tick notes from the list");
        }
    }

    @PostMapping("/people/{id}/notes/{noteId}/cosign")
    String cosign(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    notes.cosign(user, id, noteId);
                    redirect.addFlashAttribute("saved", texts.of("flash.coSigned"));
                    return "redirect:/review";
                },
                () -> again(user, id, noteId, model));
    }

    @PostMapping("/people/{id}/notes/{noteId}/return")
    String returnNote(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    notes.returnToAuthor(user, id, noteId, comment);
                    redirect.addFlashAttribute("saved", texts.of("flash.returned"));
                    return "redirect:/review";
                },
                () -> again(user, id, noteId, model));
    }

    private String again(StaffMember user, UUID id, UUID noteId, Model model) {
        var page = notes.page(user, id, noteId);
        model.addAttribute("note", page.content().note());
        model.addAttribute("person", page.person());
        return "contact/note";
    }
}
