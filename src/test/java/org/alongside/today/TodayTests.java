package org.alongside.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.contact.ContactNoteManagement;
import org.alongside.contact.ContactNoteView;
import org.alongside.participant.ParticipantView;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.staff.StaffManagement;
import org.alongside.today.TodayBoard.Part;
import org.alongside.today.TodayItem.Section;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@AlongsideTest
class TodayTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationContext context;

    @Autowired
    TodayBoard board;

    @Autowired
    ContactNoteManagement notes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPeerWorkersDayHoldsFollowUpsDueAndOverdueWithWhatWasAgreedAndThePeopleNotSeenLately() {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        StaffMember worker = org.workerA().viewer();
        ParticipantView dueToday = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Due today");
        ParticipantView caughtUp = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Caught up");
        notes.writeSigned(
                worker,
                org.personOfA().id(),
                Fixtures.call(TODAY.minusDays(10), TODAY.minusDays(3), "Call about the bus pass"));
        notes.writeSigned(worker, dueToday.id(), Fixtures.call(TODAY.minusDays(2), TODAY, "Walk to the library"));
        notes.writeSigned(worker, caughtUp.id(), Fixtures.call(TODAY.minusDays(20), TODAY.minusDays(15), "Check in"));
        notes.writeSigned(worker, caughtUp.id(), Fixtures.call(TODAY.minusDays(1), null, null));

        List<Part> day = board.dayOf(worker, TODAY);

        TodayItem overdue = only(day, Section.OVERDUE);
        assertThat(overdue.participantId()).isEqualTo(org.personOfA().id());
        assertThat(overdue.said()).isEqualTo("Call about the bus pass");
        assertThat(overdue.due()).isEqualTo(TODAY.minusDays(3));
        assertThat(overdue.action().url())
                .isEqualTo("/people/" + org.personOfA().id() + "/notes");
        TodayItem planned = only(day, Section.TODAY);
        assertThat(planned.person()).isEqualTo("Due today");
        assertThat(planned.said()).isEqualTo("Walk to the library");
        assertThat(people(day, Section.NOT_SEEN)).isEmpty();
        assertThat(people(day, Section.OVERDUE, Section.TODAY, Section.NOT_SEEN))
                .doesNotContain(caughtUp.id());
    }

    @Test
    void aNewContactTakesTheFollowUpOffTodayAndADraftBecomesANoteToFinish() {
        Org org = new Fixtures(context).org();
        StaffMember worker = org.workerA().viewer();
        UUID person = org.personOfA().id();
        notes.writeSigned(
                worker, person, Fixtures.call(TODAY.minusDays(10), TODAY.minusDays(3), "Call about the bus pass"));
        assertThat(people(board.dayOf(worker, TODAY), Section.OVERDUE)).containsExactly(person);

        ContactNoteView draft = notes.startDraft(worker, person, Fixtures.call(TODAY, null, null));
        List<Part> day = board.dayOf(worker, TODAY);
        assertThat(people(day, Section.OVERDUE)).isEmpty();
        assertThat(only(day, Section.TO_FINISH).href()).isEqualTo("/people/" + person + "/notes/" + draft.id());

        notes.sign(worker, person, draft.id(), draft.version());
        assertThat(board.dayOf(worker, TODAY)).isEmpty();
    }

    @Test
    void peopleNeverContactedOrNotForTwoWeeksAreNotSeenLately() {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        ParticipantView weeksAgo = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Weeks ago");
        notes.writeSigned(org.workerA().viewer(), weeksAgo.id(), Fixtures.call(TODAY.minusDays(14), null, null));

        List<Part> day = board.dayOf(org.workerA().viewer(), TODAY);

        assertThat(people(day, Section.NOT_SEEN))
                .containsExactlyInAnyOrder(org.personOfA().id(), weeksAgo.id());
        assertThat(items(day, Section.NOT_SEEN))
                .extracting(TodayItem::label)
                .containsExactlyInAnyOrder("today.notSeen.never", "today.notSeen.since");
    }

    @Test
    void aReturnedNoteIsShownApartFromDraftsWithTheSupervisorsComment() {
        Org org = new Fixtures(context).org();
        context.getBean(StaffManagement.class)
                .requireCosign(org.admin().viewer(), org.workerA().id(), true);
        UUID person = org.personOfA().id();
        ContactNoteView waiting = notes.writeSigned(org.workerA().viewer(), person, Fixtures.call(TODAY, null, null));

        TodayItem toCosign = only(board.dayOf(org.supervisorA().viewer(), TODAY), Section.COSIGN);
        assertThat(toCosign.person()).isEqualTo(org.personOfA().details().preferredName());
        assertThat(toCosign.href()).isEqualTo("/people/" + person + "/notes/" + waiting.id());
        assertThat(items(board.dayOf(org.supervisorB().viewer(), TODAY), Section.COSIGN))
                .isEmpty();

        notes.returnToAuthor(org.supervisorA().viewer(), person, waiting.id(), "Add the next step.");
        List<Part> day = board.dayOf(org.workerA().viewer(), TODAY);
        TodayItem returned = only(day, Section.RETURNED);
        assertThat(returned.said()).isEqualTo("Add the next step.");
        assertThat(returned.args()).containsExactly(org.supervisorA().displayName());
        assertThat(items(day, Section.TO_FINISH)).isEmpty();
        assertThat(items(board.dayOf(org.supervisorA().viewer(), TODAY), Section.COSIGN))
                .isEmpty();
    }

    @Test
    void aSupervisorSeesTheirTeamAndNothingOfAnotherTeam() {
        Org org = new Fixtures(context).org();
        notes.writeSigned(
                org.workerA().viewer(),
                org.personOfA().id(),
                Fixtures.call(TODAY.minusDays(9), TODAY.minusDays(2), "Call"));

        List<Part> day = board.dayOf(org.supervisorA().viewer(), TODAY);

        TodayItem team = only(day, Section.TEAM);
        assertThat(team.args()).containsExactly(org.workerA().displayName(), 1, 1, 0);
        assertThat(team.href()).isEqualTo("/people?worker=" + org.workerA().id() + "&attention=true");
        assertThat(people(day, Section.OVERDUE)).isEmpty();
        assertThat(only(board.dayOf(org.supervisorB().viewer(), TODAY), Section.TEAM)
                        .args())
                .containsExactly(org.workerB().displayName(), 1, 0, 1);
    }

    @Test
    void aTeamLineLeadsToThatWorkersPeopleWithSomethingOverdueAndNoOneElse() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        Org org = fixtures.org();
        notes.writeSigned(
                org.workerA().viewer(),
                org.personOfA().id(),
                Fixtures.call(TODAY.minusDays(9), TODAY.minusDays(2), "Call"));
        ParticipantView fine = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Fine " + org.programId());
        notes.writeSigned(
                org.workerA().viewer(), fine.id(), Fixtures.call(TODAY.minusDays(1), TODAY.plusDays(6), "Walk"));
        MockMvc mvc = context.getBean(MockMvc.class);
        String page = mvc.perform(MockMvcRequestBuilders.get(
                                "/people?worker=" + org.workerA().id() + "&attention=true")
                        .cookie(Fixtures.signIn(mvc, org.supervisorA().email())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(org.personOfA().details().preferredName())
                .doesNotContain(fine.details().preferredName())
                .doesNotContain(org.personOfB().details().preferredName())
                .contains("Only the people with something overdue or due.");
    }

    @Test
    void anAdministratorsDayListsWhatNeedsThemLockedColleaguesLapsedEnrolmentsAndFailedImports() {
        Org org = new Fixtures(context).org();
        jdbc.sql("""
                        insert into sign_in_lock (email_hash, client, locked_until)
                        values (sha256(convert_to(lower(:email), 'UTF8')), '198.51.100.7', now() + interval '10 minutes')""").param("email", org.workerA().email()).update();
        jdbc.sql("update participant set created_at = now() - interval '120 days' where id = :id")
                .param("id", org.personOfB().id())
                .update();
        jdbc.sql("""
                        insert into directory_import (id, actor_id, file_name, form, stage, started_at, finished_at)
                        values (gen_random_uuid(), :admin, 'spreadsheet.csv', 'csv', 'failed', now(), now())""").param("admin", org.admin().id()).update();

        List<String> attention = items(board.dayOf(org.admin().viewer(), TODAY), Section.ATTENTION).stream()
                .map(TodayItem::label)
                .toList();
        assertThat(attention).contains("today.admin.locked", "today.admin.lapsed", "today.admin.failedImports");
        assertThat(items(board.dayOf(org.admin().viewer(), TODAY), Section.ATTENTION).stream()
                        .filter(i -> i.label().equals("today.admin.locked"))
                        .findFirst()
                        .orElseThrow()
                        .args())
                .containsExactly(1);
        assertThat(items(board.dayOf(org.workerA().viewer(), TODAY), Section.ATTENTION))
                .isEmpty();
    }

    @Test
    void aPlanReviewThatHasComeIsOnThePeerWorkersDay() {
        Org org = new Fixtures(context).org();
        context.getBean(RecoveryPlanManagement.class)
                .describe(org.workerA().viewer(), org.personOfA().id(), "A home", "Humour", TODAY.minusDays(1), 0);

        TodayItem review = items(board.dayOf(org.workerA().viewer(), TODAY), Section.OVERDUE).stream()
                .filter(i -> i.label().equals("today.planReview"))
                .findFirst()
                .orElseThrow();
        assertThat(review.href()).isEqualTo("/people/" + org.personOfA().id() + "/plan");
    }

    @Test
    void anAdministratorSeesTheirProgramsFiguresAndPeopleWhoseWorkerHasLeft() {
        Org org = new Fixtures(context).org();
        jdbc.sql("update staff_member set active = false where id = :id")
                .param("id", org.workerB().id())
                .update();

        List<Part> day = board.dayOf(org.admin().viewer(), TODAY);

        assertThat(only(day, Section.FIGURES).args()).containsExactly("Program " + tag(org), 2, 2);
        assertThat(only(day, Section.ATTENTION).args()).containsExactly(1, "Program " + tag(org));
        assertThat(people(day, Section.NOT_SEEN)).isEmpty();
    }

    @Test
    void theDayIsReadInOneAuditedList() {
        Org org = new Fixtures(context).org();
        board.dayOf(org.workerA().viewer(), TODAY);
        assertThat(jdbc.sql("select detail from audit_event where actor_id = :me and action = 'today.view'")
                        .param("me", org.workerA().id())
                        .query(String.class)
                        .list())
                .containsExactly("items=1");
    }

    private static String tag(Org org) {
        return org.admin().displayName().substring("Admin ".length());
    }

    private static List<TodayItem> items(List<Part> day, Section section) {
        return day.stream()
                .filter(p -> p.section() == section)
                .flatMap(p -> p.items().stream())
                .toList();
    }

    private static TodayItem only(List<Part> day, Section section) {
        List<TodayItem> items = items(day, section);
        assertThat(items).as(section.name()).hasSize(1);
        return items.get(0);
    }

    private static List<UUID> people(List<Part> day, Section... sections) {
        return day.stream()
                .filter(p -> List.of(sections).contains(p.section()))
                .flatMap(p -> p.items().stream())
                .map(TodayItem::participantId)
                .toList();
    }
}
