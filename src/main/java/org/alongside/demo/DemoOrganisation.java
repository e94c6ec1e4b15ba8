package org.alongside.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteView;
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
    private final StaffManagement staff;
    private final ProgramManagement programs;
    private final SupervisionManagement supervision;
    private final ParticipantManagement participants;
    private final DemoLogins logins;
    private final ContactNoteManagement notes;
    private final DemoContacts contactSeeds;
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
            DemoContacts contactSeeds,
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
        this.contactSeeds = contactSeeds;
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
        contactSeeds.seedGroup(user(supPeer), user(peerWorkers.get(0)), center, jamies);
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

    private List<UUID> seedParticipants(
            CurrentUser admin, List<StaffSummary> workers, UUID center, UUID outreach, List<ContactNoteView> waiting) {
        Random random = new Random(42);
        List<UUID> firstWorkersActive = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 60; i++) {
            int w = i % workers.size();
            String first = DemoNames.FIRST[i % DemoNames.FIRST.length];
            String last = DemoNames.LAST[(i * 7) % DemoNames.LAST.length];
            String phone = "555-01" + String.format("%02d", i);
            List<ContactMethod> contacts = new ArrayList<>();
            contacts.add(new ContactMethod(i % 3 == 0 ? ContactKind.TEXT : ContactKind.PHONE, phone, true, i % 4 != 0));
            if (i % 5 == 0) {
                contacts.add(new ContactMethod(
                        ContactKind.EMAIL, first.toLowerCase().replace("á", "a") + i + "@example.org", false, true));
            }
            List<SupportContact> supports = i % 3 == 1
                    ? List.of(new SupportContact(
                            DemoNames.FIRST[(i + 5) % DemoNames.FIRST.length] + " " + last,
                            i % 2 == 0 ? "Sister" : "Friend",
                            "555-02" + String.format("%02d", i)))
                    : List.of();
            ParticipantDetails details = new ParticipantDetails(
                    first + (i >= DemoNames.FIRST.length ? " " + last.charAt(0) + "." : ""),
                    i % 4 == 0 ? first + " " + last : null,
                    DemoNames.PRONOUNS[i % DemoNames.PRONOUNS.length],
                    i % 3 == 2
                            ? null
                            : today.minusYears(19 + random.nextInt(50)).minusDays(random.nextInt(365)),
                    DemoNames.LANGUAGES[i % DemoNames.LANGUAGES.length],
                    i % 6 == 0 ? null : (100 + i) + " Harbor Street",
                    contacts,
                    supports);
            NewParticipant enrol = new NewParticipant(
                    details,
                    w < 3 ? center : outreach,
                    workers.get(w).id(),
                    DemoNames.REFERRALS[i % DemoNames.REFERRALS.length],
                    today.minusDays(10 + random.nextInt(700)));
            ParticipantView view = participants.enrol(admin.viewer(), enrol);
            ContactNoteView note = contactSeeds.seedNotes(user(workers.get(w)), view.id(), i, today);
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
        String password = DemoLogins.newPassword();
        StaffSummary created = staff.createAccount(
                null, new NewStaff(email, name, roles, password, credential, peerExperience), false);
        logins.add(position, email, password, description);
        return created;
    }
}
