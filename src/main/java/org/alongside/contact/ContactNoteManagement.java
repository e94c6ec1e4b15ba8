package org.alongside.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.domain.ContactNote;
import org.alongside.contact.domain.ContactNoteStore;
import org.alongside.participant.Admission;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.alongside.staff.SupervisorLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Peer contact notes through the record gate: drafts saved as the worker types, signing by the
 * author (the note then locks and its billing units are counted), co-signing, and addenda. The
 * note's own rules live in {@link ContactNote}; this class loads, asks, and saves.
 */
@Service
public class ContactNoteManagement {

    private static final String WHAT = "This contact note";
    public static final int MAX_LIST = 200;

    private final ContactNoteStore store;
    private final ParticipantManagement participants;
    private final RecordGate gate;
    private final StaffDirectory staff;
    private final RecoveryPlanManagement plans;
    private final LanguageGuide guide;
    private final SupervisionManagement supervision;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignedNotes signedNotes;

    ContactNoteManagement(
            ContactNoteStore store,
            RecordGate gate,
            StaffDirectory staff,
            RecoveryPlanManagement plans,
            LanguageGuide guide,
            SupervisionManagement supervision,
            ApplicationEventPublisher events,
            ParticipantManagement participants,
            SignedNotes signedNotes,
            Clock clock) {
        this.clock = clock;
        this.signedNotes = signedNotes;
        this.participants = participants;
        this.store = store;
        this.gate = gate;
        this.staff = staff;
        this.plans = plans;
        this.guide = guide;
        this.supervision = supervision;
        this.events = events;
    }

    public ContactNoteView startDraft(Viewer viewer, UUID participantId, NoteContent content) {
        UUID author = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.DRAFT, admission -> {
            checkGoals(admission, content);
            ContactNote note = ContactNote.draft(UUID.randomUUID(), participantId, author, content, today(), now());
            store.insert(note);
            admission.detail("note=" + note.id());
            return shown(ContactNoteView.of(note, List.of()));
        });
    }

    public ContactNoteView saveDraft(
            Viewer viewer, UUID participantId, UUID noteId, NoteContent content, long expectedVersion) {
        UUID author = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.DRAFT, admission -> {
            ContactNote note = load(participantId, noteId);
            note.revise(author, content, expectedVersion, today(), now());
            checkGoals(admission, content);
            save(note);
            admission.detail("note=" + noteId);
            return shown(ContactNoteView.of(note, List.of()));
        });
    }

    /** The author signs: the note locks, their name and credential are kept, and its units are counted. */
    public ContactNoteView sign(Viewer viewer, UUID participantId, UUID noteId, long expectedVersion) {
        UUID author = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.SIGN, admission -> {
            ContactNote note = load(participantId, noteId);
            note.requireVersion(expectedVersion);
            note.sign(signer(author), rule(note.content()), billedFor(participantId), today(), now());
            save(note);
            signed(note, admission);
            return shown(ContactNoteView.of(note, List.of()));
        });
    }

    /** The author sets a draft aside: it leaves lists and reminders, and stays in the record and the audit trail. */
    public ContactNoteView discard(Viewer viewer, UUID participantId, UUID noteId, long expectedVersion) {
        UUID author = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.DISCARD, admission -> {
            ContactNote note = load(participantId, noteId);
            note.discard(author, expectedVersion, now());
            save(note);
            admission.detail("note=" + noteId);
            return ContactNoteView.of(note, List.of());
        });
    }

    /**
     * A finished note written and signed in one request (a phone that writes the whole note at
     * once, or an import): the same rules as a draft that is then signed. The access rule, the
     * author's signature and the units billed that day are read in one statement.
     */
    public ContactNoteView writeSigned(Viewer viewer, UUID participantId, NoteContent content) {
        UUID author = viewer.staff().id();
        return gate.changeWithRuleInline(
                viewer,
                participantId,
                ContactActions.SIGN,
                admission -> signedNotes
                        .write(admission, author, content)
                        .map(note -> shown(ContactNoteView.of(note, List.of()))));
    }

    /** Who was at a signed group session, and what the group did. */
    public record GroupContact(
            UUID sessionId,
            List<UUID> attendees,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String place,
            String groupNote) {}

    /**
     * Signing a group session writes one signed group contact per attendee, its units counted by
     * the group rule within each person's daily cap. Runs inside the session's own gated change
     * (which admitted every attendee), so the session and its contacts are signed together or not
     * at all. Answers the units billed in all.
     */
    public int recordGroupContacts(Admission admission, GroupContact group) {
        ContactNote.Signer signer = signer(admission.viewer().staff().id());
        NoteContent content = new NoteContent(
                group.date(),
                group.start(),
                group.end(),
                null,
                ContactMode.GROUP,
                group.place(),
                Set.of(Activity.LEADING_GROUP),
                null,
                null,
                group.groupNote(),
                null,
                null,
                null);
        BillingUnitRule rule = rule(content);
        int total = 0;
        for (UUID participantId : group.attendees()) {
            ContactNote note = ContactNote.ofGroupSession(
                    UUID.randomUUID(), participantId, group.sessionId(), signer, content, now());
            note.sign(signer, rule, billedFor(participantId), today(), now());
            store.insert(note);
            int units = note.signature().units();
            admission.recordFor(
                    participantId, "note=" + note.id() + " session=" + group.sessionId() + " units=" + units);
            publish(note);
            total += units;
        }
        return total;
    }

    /** A note by its person: what a form that acts on several notes names. */
    public record NoteRef(UUID participantId, UUID noteId) {}

    /**
     * Co-signs several waiting notes the supervisor has read, all or none: one transaction over
     * every person concerned, one audit row per note. Answers how many were co-signed.
     */
    public int cosignAll(Viewer viewer, List<NoteRef> notes) {
        if (notes.isEmpty()) {
            throw new InvalidInputException("notes", "Tick the notes you have read and want to co-sign");
        }
        UUID supervisor = viewer.staff().id();
        String name = nameOf(supervisor);
        Set<UUID> people = new LinkedHashSet<>();
        notes.forEach(n -> people.add(n.participantId()));
        return gate.changeAll(viewer, people, ContactActions.COSIGN, admission -> {
            for (NoteRef ref : notes) {
                cosign(load(ref.participantId(), ref.noteId()), supervisor, name);
                admission.recordFor(ref.participantId(), "note=" + ref.noteId());
            }
            return notes.size();
        });
    }

    /** The author's supervisor co-signs a waiting note; it is then signed and final. */
    public ContactNoteView cosign(Viewer viewer, UUID participantId, UUID noteId) {
        UUID supervisor = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.COSIGN, admission -> {
            cosign(load(participantId, noteId), supervisor, nameOf(supervisor));
            admission.detail("note=" + noteId);
            return view(participantId, noteId);
        });
    }

    /** One co-sign: the note's own rule decides, then it is saved and its signing published. */
    private void cosign(ContactNote note, UUID supervisor, String name) {
        note.cosign(supervisor, name, supervises(supervisor, note.authorId()), now());
        save(note);
        publish(note);
    }

    private String nameOf(UUID staffId) {
        return staff.find(staffId).map(StaffSummary::displayName).orElse("Unknown");
    }

    /** The supervisor returns a waiting note with a comment the author sees; the author corrects and signs again. */
    public ContactNoteView returnToAuthor(Viewer viewer, UUID participantId, UUID noteId, String comment) {
        UUID supervisor = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.RETURN, admission -> {
            ContactNote note = load(participantId, noteId);
            note.returnToAuthor(supervisor, supervises(supervisor, note.authorId()), comment, now());
            save(note);
            publish(note);
            admission.detail("note=" + noteId);
            return view(participantId, noteId);
        });
    }

    /** Notes waiting for the signed-in supervisor's co-sign. */
    public List<WaitingNote> reviewQueue(Viewer viewer) {
        UUID supervisor = viewer.staff().id();
        List<UUID> supervisees = supervision.superviseesOf(supervisor).stream()
                .map(SupervisorLink::workerId)
                .toList();
        return gate.list(
                viewer,
                ContactActions.REVIEW_QUEUE,
                "contact-note",
                null,
                listing -> store.waitingFrom(listing.visibility(), supervisees));
    }

    /** After signing, a note changes only by addendum, shown with the original. */
    public ContactNoteView addAddendum(Viewer viewer, UUID participantId, UUID noteId, String text) {
        UUID author = viewer.staff().id();
        return gate.change(viewer, participantId, ContactActions.ADDENDUM, admission -> {
            ContactNote note = load(participantId, noteId);
            String name = nameOf(author);
            store.addAddendum(note.addAddendum(author, name, text, now()));
            admission.detail("note=" + noteId);
            return view(participantId, noteId);
        });
    }

    /** A note's page: the note, the person, and the goals of their plan a draft may link to, in one gated read. */
    public record NotePage(ContactNoteView note, List<RecoveryPlanManagement.GoalChoice> goals) {}

    public WithPerson<NotePage> page(Viewer viewer, UUID participantId, UUID noteId) {
        return participants.readWithPerson(viewer, participantId, ContactActions.VIEW, admission -> {
            admission.detail("note=" + noteId);
            return new NotePage(view(participantId, noteId), plans.goalChoices(admission));
        });
    }

    /** The notes page: the person and their latest notes (at most {@link #MAX_LIST}), in one gated read. */
    public WithPerson<List<ContactNoteView>> listPage(Viewer viewer, UUID participantId) {
        return gate.readWithRuleInline(
                viewer,
                participantId,
                ContactActions.LIST,
                admission -> store.list(admission.visibility(), participantId, MAX_LIST)
                        .map(notes -> participants.with(admission, notes)));
    }

    public ContactNoteView get(Viewer viewer, UUID participantId, UUID noteId) {
        return gate.read(viewer, participantId, ContactActions.VIEW, admission -> {
            admission.detail("note=" + noteId);
            return view(participantId, noteId);
        });
    }

    /** The person's latest notes, newest first: at most {@code limit} (1 to 200). */
    public List<ContactNoteView> list(Viewer viewer, UUID participantId, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "Ask for 1 to " + MAX_LIST + " notes");
        }
        return gate.readWithRuleInline(
                viewer,
                participantId,
                ContactActions.LIST,
                admission -> store.list(admission.visibility(), participantId, limit));
    }

    private void signed(ContactNote note, Admission admission) {
        admission.detail("note=" + note.id() + " units=" + note.signature().units());
        publish(note);
    }

    private void publish(ContactNote note) {
        note.events().forEach(events::publishEvent);
    }

    private boolean supervises(UUID supervisor, UUID worker) {
        return supervision.supervisorsOf(worker).stream()
                .anyMatch(link -> link.supervisorId().equals(supervisor));
    }

    private ContactNote.Signer signer(UUID author) {
        StaffDirectory.Signature signature =
                staff.signature(author).orElseThrow(() -> new NotFoundException("Your account"));
        return new ContactNote.Signer(
                author, signature.displayName(), signature.credential(), signature.requiresCosign());
    }

    private BillingUnitRule rule(NoteContent content) {
        return store.rule(content.mode() == ContactMode.GROUP);
    }

    private ContactNote.UnitsBilled billedFor(UUID participantId) {
        return (day, code) -> store.unitsBilled(participantId, day, code);
    }

    private void checkGoals(Admission admission, NoteContent content) {
        if (!plans.goalsBelongTo(admission, content.goalIds())) {
            throw new InvalidInputException("goalIds", "Link goals from this person's own plan");
        }
    }

    private ContactNote load(UUID participantId, UUID noteId) {
        return store.load(participantId, noteId).orElseThrow(() -> new NotFoundException(WHAT));
    }

    private void save(ContactNote note) {
        if (!store.update(note)) {
            throw new StaleVersionException(WHAT, store.currentVersion(note.id()));
        }
    }

    private ContactNoteView view(UUID participantId, UUID noteId) {
        return shown(store.find(participantId, noteId).orElseThrow(() -> new NotFoundException(WHAT)));
    }

    /**
     * The note as answered, with the language guide's suggestions for what the worker wrote. The
     * person's own words are theirs, kept as said, and are not checked.
     */
    private ContactNoteView shown(ContactNoteView note) {
        Map<String, String> workerText = new LinkedHashMap<>();
        workerText.put("narrative", note.content().narrative());
        workerText.put("nextSteps", note.content().nextSteps());
        workerText.put("place", note.content().place());
        return note.withLanguageGuide(guide.checkAll(workerText));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
