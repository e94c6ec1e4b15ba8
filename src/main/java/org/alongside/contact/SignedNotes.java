package org.alongside.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.alongside.contact.domain.ContactNote;
import org.alongside.contact.domain.ContactNoteStore;
import org.alongside.participant.Admission;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A finished note written and signed in one step, inside a gate pass whose access rule rides in
 * the signing statement: a whole note from a phone, or a reached check-in call. Empty when the
 * person is not visible to the author, so the gate refuses as for a missing record.
 */
@Component
class SignedNotes {

    private final ContactNoteStore store;
    private final RecoveryPlanManagement plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignedNotes(ContactNoteStore store, RecoveryPlanManagement plans, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs {@code content} as {@code author}'s note about the admitted person: the access rule, the
     * author's signature and the units billed that day in one statement, then the note's insert.
     */
    Optional<ContactNote> write(Admission admission, UUID author, NoteContent content) {
        UUID participantId = admission.participantId();
        BillingUnitRule rule = store.rule(content.mode() == ContactMode.GROUP);
        ContactNoteStore.Signing signing = store.signing(
                        admission.visibility(), author, participantId, content.contactDate(), rule.code())
                .orElseThrow(() -> new NotFoundException("Your account"));
        if (!signing.visible()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        ContactNote note = ContactNote.draft(UUID.randomUUID(), participantId, author, content, today, now);
        note.sign(signing.signer(), rule, (day, code) -> signing.billed(), today, now);
        if (!plans.goalsBelongTo(admission, content.goalIds())) {
            throw new InvalidInputException("goalIds", "Link goals from this person's own plan");
        }
        store.insert(note);
        admission.detail("note=" + note.id() + " units=" + note.signature().units());
        note.events().forEach(events::publishEvent);
        return Optional.of(note);
    }
}
