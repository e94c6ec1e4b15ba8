package org.alongside.contact.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.WaitingNote;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A supervisor's queue of notes waiting for their co-sign. */
@RestController
class ReviewQueueApi {

    private final ContactNoteManagement notes;

    ReviewQueueApi(ContactNoteManagement notes) {
        this.notes = notes;
    }

    @Operation(summary = "Notes of the workers you supervise that wait for your co-sign")
    @GetMapping("/api/v1/review-queue")
    List<WaitingNote> queue(StaffMember user) {
        return notes.reviewQueue(user);
    }
}
