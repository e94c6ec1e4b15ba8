package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.contact.NoteContent;
import org.alongside.directory.SmallDirectory;
import org.alongside.groups.AttendanceManagement;
import org.alongside.groups.GroupManagement;
import org.alongside.groups.GroupType;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Builds small organisations through the real module APIs, with names unique to each test. */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";

    /** Signs in through the sign-in form, in English, and answers the session's cookie. */
    public static Cookie signIn(MockMvc mvc, String email) throws Exception {
        Cookie session = mvc.perform(post("/signin")
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("email", email)
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("a session cookie").isNotNull();
        return session;
    }

    /** One active directory service shared by the tests that need any service (made once per test JVM). */
    static volatile UUID directoryService;

    public static synchronized UUID aDirectoryService(ApplicationContext context) {
        if (directoryService == null) {
            SmallDirectory directory = new SmallDirectory("Fixture Trust")
                    .service("Fixture Pantry", "Food on Fridays", "food", 52.0, 1.0, "FX1", "English", true, "always");
            directory.importInto(context);
            directoryService = directory.id("Fixture Pantry");
        }
        return directoryService;
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffManagement staff;
    private final ProgramManagement programs;
    private final SupervisionManagement supervision;
    private final ParticipantManagement participants;
    private final ApplicationContext context;

    public Fixtures(ApplicationContext context) {
        this.context = context;
        this.staff = context.getBean(StaffManagement.class);
        this.programs = context.getBean(ProgramManagement.class);
        this.supervision = context.getBean(SupervisionManagement.class);
        this.participants = context.getBean(ParticipantManagement.class);
    }

    /**
     * One program with an administrator, two supervisors, and two peer workers (one supervised by
     * each), each worker with one participant.
     */
    public record Org(
            UUID programId,
            CurrentUser admin,
            CurrentUser supervisorA,
            CurrentUser supervisorB,
            CurrentUser workerA,
            CurrentUser workerB,
            ParticipantView personOfA,
            ParticipantView personOfB) {}

    public Org org() {
        String tag = "t" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser admin = account(tag + "-admin", "Admin " + tag, Role.ADMIN);
        UUID program = programs.create(admin.viewer(), "Program " + tag, ProgramSetting.PEER_RUN_CENTER)
                .id();
        CurrentUser supA = member(program, admin, account(tag + "-supa", "Supervisor A " + tag, Role.SUPERVISOR));
        CurrentUser supB = member(program, admin, account(tag + "-supb", "Supervisor B " + tag, Role.SUPERVISOR));
        CurrentUser workerA = member(program, admin, account(tag + "-wa", "Worker A " + tag, Role.PEER_WORKER));
        CurrentUser workerB = member(program, admin, account(tag + "-wb", "Worker B " + tag, Role.PEER_WORKER));
        supervision.assign(admin.viewer(), workerA.id(), List.of(supA.id()), supA.id());
        supervision.assign(admin.viewer(), workerB.id(), List.of(supB.id()), supB.id());
        ParticipantView personA = enrol(admin, program, workerA, "Riverside " + tag);
        ParticipantView personB = enrol(admin, program, workerB, "Meadow " + tag);
        return new Org(program, admin, supA, supB, workerA, workerB, personA, personB);
    }

    public ParticipantView enrol(CurrentUser actor, UUID program, CurrentUser worker, String name) {
        return enrolSpeaking(actor, program, worker, name, "English");
    }

    /** A person whose preferred language, as written on their record, is {@code language}. */
    public ParticipantView enrolSpeaking(
            CurrentUser actor, UUID program, CurrentUser worker, String name, String language) {
        return participants.enrol(
                actor.viewer(),
                new ParticipantManagement.NewParticipant(
                        new ParticipantDetails(
                                name,
                                null,
                                "they/them",
                                LocalDate.of(1990, 5, 17),
                                language,
                                null,
                                List.of(),
                                List.of()),
                        program,
                        worker.id(),
                        "Self-referred",
                        LocalDate.now()));
    }

    public CurrentUser account(String handle, String name, Role... roles) {
        StaffSummary created = staff.createAccount(
                null,
                new StaffManagement.NewStaff(handle + "@test.example", name, Set.of(roles), PASSWORD, null, false),
                false);
        return new CurrentUser(created.id(), created.email(), created.displayName(), created.roles(), false);
    }

    private CurrentUser member(UUID program, CurrentUser admin, CurrentUser user) {
        programs.addMember(admin.viewer(), program, user.id());
        return user;
    }

    /** A phone call on {@code day} (30 minutes, sharing resources), with what was agreed and when to follow up. */
    public static NoteContent call(LocalDate day, LocalDate followUp, String agreed) {
        return new NoteContent(
                day,
                LocalTime.of(10, 0),
                LocalTime.of(10, 30),
                null,
                ContactMode.PHONE_CALL,
                null,
                Set.of(Activity.SHARING_RESOURCES),
                Set.of(),
                List.of(),
                "Talked about the bus pass and the food bank",
                null,
                agreed,
                followUp);
    }

    /** A draft started today with nothing written yet. */
    public static NoteContent blankDraft() {
        return new NoteContent(LocalDate.now(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** "Morning walk" in the org's program, facilitated by worker A with their person on the roster, and a session today. */
    public record GroupToday(UUID groupId, UUID sessionId) {}

    public GroupToday morningWalkToday(Org org) {
        GroupManagement groups = context.getBean(GroupManagement.class);
        UUID group = groups.create(
                        org.supervisorA().viewer(),
                        new GroupManagement.NewGroup(
                                org.programId(),
                                "Morning walk",
                                GroupType.WELLNESS,
                                null,
                                8,
                                List.of(org.workerA().id())))
                .id();
        context.getBean(AttendanceManagement.class)
                .addToRoster(org.workerA().viewer(), group, org.personOfA().id());
        UUID session = groups.startSession(
                        org.workerA().viewer(),
                        group,
                        new GroupManagement.NewSession(
                                LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Along the river"))
                .id();
        return new GroupToday(group, session);
    }
}
