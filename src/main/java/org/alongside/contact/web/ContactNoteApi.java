package org.alongside.contact.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteView;
import org.alongside.contact.NoteContent;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Peer contact notes over the API: drafts, signing, addenda. */
@RestController
@RequestMapping("/api/v1/participants/{id}/contact-notes")
class ContactNoteApi {

    private final ContactNoteManagement notes;

    ContactNoteApi(ContactNoteManagement notes) {
        this.notes = notes;
    }

    record NewNoteRequest(
            NoteContent content,

            @Schema(description = "true: the note is finished; write and sign it at once")
            Boolean sign) {}

    record DraftRequest(
            NoteContent content,
            @Schema(requiredMode = REQUIRED) Long version) {}

    record NoteSignRequest(@Schema(requiredMode = REQUIRED) Long version) {}

    record DiscardRequest(@Schema(requiredMode = REQUIRED) Long version) {}

    record AddendumRequest(@Schema(requiredMode = REQUIRED) String text) {}

    record ReturnRequest(@Schema(requiredMode = REQUIRED) String comment) {}

    @Operation(summary = "Co-sign a note waiting for you (supervisors of the author)")
    @PostMapping("/{noteId}/cosign")
    ContactNoteView cosign(StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId) {
        return notes.cosign(user, id, noteId);
    }

    @Operation(summary = "Return a waiting note to its author with a comment")
    @PostMapping("/{noteId}/return")
    ContactNoteView returnNote(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, @RequestBody ReturnRequest body) {
        return notes.returnToAuthor(user, id, noteId, body.comment());
    }

    @Operation(
            summary =
                    "Start a draft note (it may be unfinished), or with \"sign\": true write and sign a finished note at once")
    @PostMapping
    ResponseEntity<ContactNoteView> start(StaffMember user, @PathVariable UUID id, @RequestBody NewNoteRequest body) {
        NoteContent content = body.content() == null ? empty() : body.content();
        ContactNoteView note = Boolean.TRUE.equals(body.sign())
                ? notes.writeSigned(user, id, content)
                : notes.startDraft(user, id, content);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/contact-notes/" + note.id()))
                .body(note);
    }

    @Operation(summary = "Save the draft as the worker types; send the version you read")
    @PutMapping("/{noteId}")
    ContactNoteView save(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, @RequestBody DraftRequest body) {
        return notes.saveDraft(
                user,
                id,
                noteId,
                body.content() == null ? empty() : body.content(),
                FormValues.requiredVersion(body.version(), "note"));
    }

    @Operation(summary = "Sign the draft: it locks, and its billing units are counted")
    @PostMapping("/{noteId}/sign")
    ContactNoteView sign(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, @RequestBody NoteSignRequest body) {
        return notes.sign(user, id, noteId, FormValues.requiredVersion(body.version(), "note"));
    }

    @Operation(summary = "Discard a draft started by mistake: it leaves every list, and stays in the audit trail")
    @PostMapping("/{noteId}/discard")
    ContactNoteView discard(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, @RequestBody DiscardRequest body) {
        return notes.discard(user, id, noteId, FormValues.requiredVersion(body.version(), "note"));
    }

    @Operation(summary = "Add an addendum to a signed note")
    @PostMapping("/{noteId}/addenda")
    ResponseEntity<ContactNoteView> addendum(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId, @RequestBody AddendumRequest body) {
        return ResponseEntity.status(201).body(notes.addAddendum(user, id, noteId, body.text()));
    }

    @Operation(summary = "The person's latest notes, newest first (limit 1 to 200, default 50)")
    @GetMapping
    List<ContactNoteView> list(StaffMember user, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return notes.list(user, id, limit);
    }

    @GetMapping("/{noteId}")
    ContactNoteView get(StaffMember user, @PathVariable UUID id, @PathVariable UUID noteId) {
        return notes.get(user, id, noteId);
    }

    private static NoteContent empty() {
        return new NoteContent(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
