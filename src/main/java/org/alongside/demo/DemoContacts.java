package org.alongside.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteView;
import org.alongside.contact.NoteContent;
import org.alongside.groups.AttendanceManagement;
import org.alongside.groups.GroupManagement;
import org.alongside.groups.GroupType;
import org.alongside.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo's contact notes (signed, with follow-ups, some drafts) and its weekly wellness walk group. */
@Component
class DemoContacts {

    private final ContactNoteManagement notes;
    private final GroupManagement groups;
    private final AttendanceManagement attendance;
    private final Clock clock;

    DemoContacts(ContactNoteManagement notes, GroupManagement groups, AttendanceManagement attendance, Clock clock) {
        this.notes = notes;
        this.groups = groups;
        this.attendance = attendance;
        this.clock = clock;
    }

    /**
     * Signed notes at varied distances in the past (some beyond the 14-day reminder), each with a
     * follow-up a week later (so some are overdue, some due today, some ahead), and a draft to
     * finish. Answers the signed note, or null for a person not contacted yet.
     */
    ContactNoteView seedNotes(CurrentUser worker, UUID person, int i, LocalDate today) {
        if (i % 4 == 3) {
            return null;
        }
        ContactMode mode = ContactMode.values()[i % (ContactMode.values().length - 1)];
        LocalDate contact = today.minusDays((i * 5L) % 30);
        ContactNoteView signed = notes.writeSigned(
                worker.viewer(),
                person,
                new NoteContent(
                        contact,
                        LocalTime.of(10, 0),
                        LocalTime.of(10, 0).plusMinutes(15 + (i % 4) * 15L),
                        null,
                        mode,
                        i % 2 == 0 ? "Community room" : null,
                        Set.of(Activity.values()[i % 5]),
                        Set.of(),
                        List.of(),
                        NARRATIVES[i % NARRATIVES.length],
                        i % 4 == 0 ? "I did more than I thought I could this week." : null,
                        FOLLOW_UPS[i % FOLLOW_UPS.length],
                        contact.plusDays(7)));
        if (i % 7 == 0) {
            notes.startDraft(
                    worker.viewer(),
                    person,
                    new NoteContent(
                            today,
                            null,
                            null,
                            20,
                            ContactMode.PHONE_CALL,
                            null,
                            null,
                            null,
                            null,
                            "Called to talk about the housing appointment",
                            null,
                            null,
                            null));
        }
        return signed;
    }

    private static final String[] FOLLOW_UPS = {
        "Call on the day of the housing appointment to see how it went.",
        "Meet at the library to look at the volunteering board.",
        "Text to check how the new sleep routine is going.",
        "Walk to the food bank together on Saturday."
    };

    private static final String[] NARRATIVES = {
        "Walked to the food bank together and practised the bus route for next time.",
        "Talked through the week and what helped. Shared the number for the tenants' union.",
        "Went with them to the clinic appointment and helped write down questions beforehand.",
        "Worked on their goal of finding a volunteer role; looked at the library board together.",
        "Met at the drop-in centre; talked about sleep routines that have worked for us both."
    };

    void seedGroup(CurrentUser supervisor, CurrentUser facilitator, UUID program, List<UUID> people) {
        var group = groups.create(
                supervisor.viewer(),
                new GroupManagement.NewGroup(
                        program,
                        "Wednesday wellness walk",
                        GroupType.WELLNESS,
                        "Wednesdays 10:00–11:00 from the centre",
                        12,
                        List.of(facilitator.id())));
        people.forEach(p -> attendance.addToRoster(facilitator.viewer(), group.id(), p));
        var session = groups.startSession(
                facilitator.viewer(),
                group.id(),
                new GroupManagement.NewSession(
                        LocalDate.now(clock).minusDays(7),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        "Finding green spaces nearby"));
        people.stream()
                .limit(2)
                .forEach(p -> attendance.markPresent(facilitator.viewer(), group.id(), session.id(), p));
        var noted = groups.saveNote(
                facilitator.viewer(),
                group.id(),
                session.id(),
                "We walked the river path and each named one place that feels calm.",
                session.version());
        attendance.sign(facilitator.viewer(), group.id(), session.id(), noted);
        groups.startSession(
                facilitator.viewer(),
                group.id(),
                new GroupManagement.NewSession(
                        LocalDate.now(clock),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        "Walking and talking about rest"));
    }
}
