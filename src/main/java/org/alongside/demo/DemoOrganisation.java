package org.alongside.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
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
import org.alongside.participant.ContactKind;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantDetails.ContactMethod;
import org.alongside.participant.ParticipantDetails.SupportContact;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantManagement.NewParticipant;
import org.alongside.participant.ParticipantView;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffManagement.NewStaff;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, on an empty database: two programs, an administrator, two supervisors (one with
 * lived experience of peer work, one without), six peer workers, sixty made-up participants and a
 * made-up resource directory.
 * Runs before the web server accepts requests, so the sign-in page never shows a half-made demo.
 */
@Component
class DemoOrganisation implements SmartInitializingSingleton {

    private final Clock clock;

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final String[] FIRST = {
        "Alex", "Jordan", "Sam", "Maria", "Dev", "Keisha", "Tomás", "Aiyana", "Chen", "Fatima", "Luis", "Grace", "Noah",
        "Imani", "Ravi", "Olivia", "Kwame", "Rosa", "Eli", "Hana"
    };
    private static final String[] LAST = {
        "Rivera",
        "Okafor",
        "Nguyen",
        "Smith",
        "Haddad",
        "Johnson",
        "Kowalski",
        "Begay",
        "Garcia",
        "Patel",
        "Walker",
        "Kim",
        "Mensah",
        "O'Brien"
    };
    private static final String[] PRONOUNS = {"she/her", "he/him", "they/them", null, "she/they"};
    private static final String[] LANGUAGES = {"English", "Spanish", "English", "Vietnamese", "English", "Arabic"};
    private static final String[] REFERRALS = {
        "Self-referred",
        "Emergency department",
        "Outpatient clinic",
        "Drug court",
        "Family member",
        "Community outreach",
        "Shelter staff"
    };

    private final StaffManagement staff;
    private final ProgramManagement programs;
    private final SupervisionManagement supervision;
    private final ParticipantManagement participants;
    private final DemoLogins logins;
    private final ContactNoteManagement notes;
    private final GroupManagement groups;
    private final AttendanceManagement attendance;
    private final RecoveryPlanManagement plans;
    private final DemoDirectory directory;
    private final DemoReferrals referrals;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoOrganisation(
            StaffManagement staff,
            ProgramManagement programs,
            SupervisionManagement supervision,
            ParticipantManagement participants,
            DemoLogins logins,
            ContactNoteManagement notes,
            GroupManagement groups,
            AttendanceManagement attendance,
            RecoveryPlanManagement plans,
            DemoDirectory directory,
            DemoReferrals referrals,
            TransactionTemplate transaction,
            @Value("${alongside.demo.enabled:false}") boolean enabled,
            Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.programs = programs;
        this.supervision = supervision;
        this.participants = participants;
        this.logins = logins;
        this.notes = notes;
        this.groups = groups;
        this.attendance = attendance;
        this.plans = plans;
        this.directory = directory;
        this.referrals = referrals;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            retirePublishedSignIns();
            return;
        }
        if (staff.anyAccountExists()) {
            return;
        }
        log.info("Empty database in demo mode: creating the demo organisation");
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo organisation created; demo sign-ins are listed on the sign-in page");
    }

    private void seed() {
        StaffSummary admin = account(
                1,
                "admin@demo.alongside.local",
                "Morgan Ellis",
                "Program administrator",
                Set.of(Role.ADMIN),
                null,
                false);
        CurrentUser adminUser = new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles(), false);
        UUID center = programs.create(adminUser.viewer(), "Harbor Peer Recovery Center", ProgramSetting.PEER_RUN_CENTER)
                .id();
        UUID outreach = programs.create(
                        adminUser.viewer(), "Eastside Community Outreach", ProgramSetting.COMMUNITY_OUTREACH)
                .id();
        StaffSummary supPeer = account(
                2,
                "dana@demo.alongside.local",
                "Dana Brooks",
                "Supervisor (with lived experience of peer work)",
                Set.of(Role.SUPERVISOR),
                "CPRS",
                true);
        StaffSummary supClinical = account(
                3,
                "priya@demo.alongside.local",
                "Priya Shah",
                "Supervisor (clinical background, no peer work experience)",
                Set.of(Role.SUPERVISOR),
                "LCSW",
                false);
        String[][] workers = {
            {"jamie", "Jamie Cole"},
            {"rosa", "Rosa Delgado"},
            {"terrence", "Terrence Hill"},
            {"mai", "Mai Tran"},
            {"owen", "Owen Price"},
            {"leila", "Leila Nasser"}
        };
        List<StaffSummary> peerWorkers = new ArrayList<>();
        for (int i = 0; i < workers.length; i++) {
            peerWorkers.add(account(
                    4 + i,
                    workers[i][0] + "@demo.alongside.local",
                    workers[i][1],
                    "Peer worker",
                    Set.of(Role.PEER_WORKER),
                    i == 5 ? "Peer specialist in training" : "Certified peer specialist",
                    true));
        }
        for (StaffSummary s : List.of(supPeer, supClinical)) {
            programs.addMember(adminUser.viewer(), center, s.id());
            programs.addMember(adminUser.viewer(), outreach, s.id());
        }
        for (int i = 0; i < peerWorkers.size(); i++) {
            UUID program = i < 3 ? center : outreach;
            programs.addMember(adminUser.viewer(), program, peerWorkers.get(i).id());
            StaffSummary primary = i % 2 == 0 ? supPeer : supClinical;
            StaffSummary other = i % 2 == 0 ? supClinical : supPeer;
            List<UUID> supervisors = i == 2 ? List.of(primary.id(), other.id()) : List.of(primary.id());
            supervision.assign(adminUser.viewer(), peerWorkers.get(i).id(), supervisors, primary.id());
        }
        staff.requireCosign(adminUser.viewer(), peerWorkers.get(5).id(), true);
        var resources = directory.seed(adminUser.viewer());
        log.info("Demo resource directory: {} services", resources.counts().get("service"));
        List<ContactNoteView> waiting = new ArrayList<>();
        List<UUID> jamies = seedParticipants(adminUser, peerWorkers, center, outreach, waiting);
        // One of the co-signed worker's notes comes back from her supervisor with a comment.
        waiting.stream()
                .findFirst()
                .ifPresent(note -> notes.returnToAuthor(
                        user(supClinical).viewer(),
                        note.participantId(),
                        note.id(),
                        "Please add what you agreed as the next step."));
        seedGroup(user(supPeer), user(peerWorkers.get(0)), center, jamies);
        referrals.seed(user(peerWorkers.get(0)).viewer(), jamies);
    }

    private static CurrentUser user(StaffSummary s) {
        return new CurrentUser(s.id(), s.email(), s.displayName(), s.roles(), false);
    }

    /**
     * The demo's passwords were shown on the sign-in page: on a database seeded in demo mode and
     * started without it, those accounts are deactivated (sessions ended, tokens revoked) and the
     * published sign-ins deleted, so they cannot be used against real data.
     */
    private void retirePublishedSignIns() {
        List<String> published = logins.emails();
        if (published.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            int disabled =
                    staff.deactivateBySystem(published, "Demo sign-in disabled: the database runs without demo mode");
            logins.forgetAll();
            log.warn(
                    "This database was seeded in demo mode. Its {} demo sign-ins were published, so {} active "
                            + "accounts among them are now deactivated and the list is deleted.",
                    published.size(),
                    disabled);
        });
    }

    /**
     * Signed notes at varied distances in the past (some beyond the 14-day reminder), each with a
     * follow-up a week later (so some are overdue, some due today, some ahead), and a draft to
     * finish. Answers the signed note, or null for a person not contacted yet.
     */
    private ContactNoteView seedNotes(CurrentUser worker, UUID person, int i, LocalDate today) {
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

    private void seedGroup(CurrentUser supervisor, CurrentUser facilitator, UUID program, List<UUID> people) {
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

    private List<UUID> seedParticipants(
            CurrentUser admin, List<StaffSummary> workers, UUID center, UUID outreach, List<ContactNoteView> waiting) {
        Random random = new Random(42);
        List<UUID> firstWorkersActive = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 60; i++) {
            int w = i % workers.size();
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7) % LAST.length];
            String phone = "555-01" + String.format("%02d", i);
            List<ContactMethod> contacts = new ArrayList<>();
            contacts.add(new ContactMethod(i % 3 == 0 ? ContactKind.TEXT : ContactKind.PHONE, phone, true, i % 4 != 0));
            if (i % 5 == 0) {
                contacts.add(new ContactMethod(
                        ContactKind.EMAIL, first.toLowerCase().replace("á", "a") + i + "@example.org", false, true));
            }
            List<SupportContact> supports = i % 3 == 1
                    ? List.of(new SupportContact(
                            FIRST[(i + 5) % FIRST.length] + " " + last,
                            i % 2 == 0 ? "Sister" : "Friend",
                            "555-02" + String.format("%02d", i)))
                    : List.of();
            ParticipantDetails details = new ParticipantDetails(
                    first + (i >= FIRST.length ? " " + last.charAt(0) + "." : ""),
                    i % 4 == 0 ? first + " " + last : null,
                    PRONOUNS[i % PRONOUNS.length],
                    i % 3 == 2
                            ? null
                            : today.minusYears(19 + random.nextInt(50)).minusDays(random.nextInt(365)),
                    LANGUAGES[i % LANGUAGES.length],
                    i % 6 == 0 ? null : (100 + i) + " Harbor Street",
                    contacts,
                    supports);
            NewParticipant enrol = new NewParticipant(
                    details,
                    w < 3 ? center : outreach,
                    workers.get(w).id(),
                    REFERRALS[i % REFERRALS.length],
                    today.minusDays(10 + random.nextInt(700)));
            ParticipantView view = participants.enrol(admin.viewer(), enrol);
            ContactNoteView note = seedNotes(user(workers.get(w)), view.id(), i, today);
            if (note != null && note.waitingForCosign()) {
                waiting.add(note);
            }
            if (i % 8 == 1) {
                // a recovery plan whose review date has come, for the Today page's "plan review due"
                plans.describe(
                        admin.viewer(),
                        view.id(),
                        "A place of my own and time with my kids",
                        "I keep going. I make people laugh.",
                        today.minusDays(i % 3),
                        0);
            }
            if (i % 10 == 7) {
                participants.changeEnrolmentStatus(
                        admin.viewer(),
                        view.id(),
                        EnrolmentStatus.PAUSED,
                        "Taking a break while travelling",
                        view.version());
            } else if (i % 15 == 4) {
                participants.changeEnrolmentStatus(
                        admin.viewer(),
                        view.id(),
                        EnrolmentStatus.DISCHARGED,
                        "Reached their goals and moved on to community supports",
                        view.version());
            } else if (w == 0 && firstWorkersActive.size() < 3) {
                firstWorkersActive.add(view.id());
            }
        }
        return firstWorkersActive;
    }

    private StaffSummary account(
            int position,
            String email,
            String name,
            String description,
            Set<Role> roles,
            String credential,
            boolean peerExperience) {
        String password = generatePassword();
        StaffSummary created = staff.createAccount(
                null, new NewStaff(email, name, roles, password, credential, peerExperience), false);
        logins.add(position, email, password, description);
        return created;
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
