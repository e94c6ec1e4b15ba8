package org.alongside.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.directory.SmallDirectory;
import org.alongside.referral.ReferralManagement.NewReferral;
import org.alongside.referral.ReferralReport.Report;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral report on a program whose right answers are known: five referrals to a pantry
 * (three connected after 2, 4 and 10 days, two on a waitlist), five to a clinic (one connected,
 * four not reached), one still open; and who may read it, and the per-program follow-up setting.
 */
@AlongsideTest
class ReferralReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralManagement referrals;

    @Autowired
    ReferralReport reports;

    Org org;
    UUID pantry;
    UUID clinic;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        SmallDirectory directory = new SmallDirectory("Linden Trust")
                .service("Linden Pantry", "Food", "food", 49.0, 0.1, "LN1", "English", true, "always")
                .service("Linden Clinic", "Care", "health_care", 49.0, 0.1, "LN1", "English", true, "always");
        directory.importInto(context);
        pantry = directory.id("Linden Pantry");
        clinic = directory.id("Linden Clinic");
        UUID person = org.personOfA().id();
        for (int days : new int[] {2, 4, 10}) {
            connected(person, pantry, "food", days);
        }
        for (int i = 0; i < 2; i++) {
            notConnected(person, pantry, "food", NotConnectedReason.WAITLIST);
        }
        connected(person, clinic, "health_care", 1);
        for (int i = 0; i < 4; i++) {
            notConnected(person, clinic, "health_care", NotConnectedReason.COULD_NOT_REACH_SERVICE);
        }
        make(person, pantry, "food");
    }

    private ReferralView make(UUID person, UUID service, String need) {
        return referrals.suggest(
                org.workerA().viewer(),
                person,
                new NewReferral(service, need, null, ContactPreference.PERSON_CONTACTS, null));
    }

    private ReferralView move(ReferralView r, ReferralStatus to, NotConnectedReason why) {
        return referrals.move(org.workerA().viewer(), r.participantId(), r.id(), to, why, null, r.version());
    }

    private void connected(UUID person, UUID service, String need, int days) {
        ReferralView r = move(
                move(move(make(person, service, need), ReferralStatus.AGREED, null), ReferralStatus.IN_PROGRESS, null),
                ReferralStatus.CONNECTED,
                null);
        // made `days` days before it was connected
        jdbc.sql("""
                        update referral set created_at = (select changed_at from referral_status_change
                               where referral_id = :id and status = 'CONNECTED') - make_interval(days => :days)
                        where id = :id""").param("id", r.id()).param("days", days).update();
    }

    private void notConnected(UUID person, UUID service, String need, NotConnectedReason why) {
        move(make(person, service, need), ReferralStatus.NOT_CONNECTED, why);
    }

    private Report lastMonth(CurrentUser as) {
        return reports.of(as.viewer(), org.programId(), LocalDate.now().minusDays(30), LocalDate.now());
    }

    @Test
    void theFiguresAreTheKnownAnswers() {
        Report report = lastMonth(org.supervisorA());
        assertThat(report.all().made()).isEqualTo(11);
        assertThat(report.all().open()).isEqualTo(1);
        assertThat(report.all().connected()).isEqualTo(4);
        assertThat(report.all().notConnected()).isEqualTo(6);
        assertThat(report.all().shareConnected()).as("4 of the 10 that ended").isEqualTo(40);
        assertThat(report.all().medianDays())
                .as("median of 1, 2, 4 and 10 days")
                .isCloseTo(3.0, offset(0.01));
        assertThat(report.byNeed())
                .extracting(
                        ReferralReport.Figures::name,
                        ReferralReport.Figures::made,
                        ReferralReport.Figures::shareConnected)
                .containsExactly(tuple("food", 6, 60), tuple("health_care", 5, 20));
        assertThat(report.byNeed().get(0).medianDays()).isCloseTo(4.0, offset(0.01));
        assertThat(report.reasons())
                .containsExactly(
                        new ReferralReport.Reason(NotConnectedReason.COULD_NOT_REACH_SERVICE, 4),
                        new ReferralReport.Reason(NotConnectedReason.WAITLIST, 2));
        assertThat(report.lowestServices())
                .extracting(ReferralReport.Figures::name)
                .containsExactly("Linden Clinic", "Linden Pantry");
    }

    @Test
    void aDateRangeWithoutReferralsCountsNothingAndHasNoShare() {
        Report before = reports.of(
                org.supervisorA().viewer(),
                org.programId(),
                LocalDate.now().minusYears(2),
                LocalDate.now().minusYears(1));
        assertThat(before.all().made()).isZero();
        assertThat(before.all().shareConnected()).isNull();
    }

    @Test
    void withoutAProgramChosenTheReportOpensOnTheOneWithTheLatestReferralsNotTheFirstByName() throws Exception {
        var programs = context.getBean(ProgramManagement.class);
        UUID empty = programs.create(
                        org.admin().viewer(), "AAA Empty " + UUID.randomUUID(), ProgramSetting.PEER_RUN_CENTER)
                .id();
        programs.addMember(org.admin().viewer(), empty, org.supervisorA().id());
        String page = send(get("/reports/referrals"), org.supervisorA(), "en").getContentAsString();
        assertThat(page)
                .contains("<option value=\"" + org.programId() + "\" selected=\"selected\"")
                .contains("40 % (4 of 10)");
    }

    @Test
    void thePageShowsTheFiguresInSpanishAndTheCsvNeutralisesAFormulaLikeServiceName() throws Exception {
        jdbc.sql("update hsds_service set name = '=HYPERLINK(\"http://x\")' where id = :id")
                .param("id", clinic)
                .update();
        String range =
                "?program=" + org.programId() + "&from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now();
        MockHttpServletResponse page = send(get("/reports/referrals" + range), org.supervisorA(), "es");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("40 % (4 de 10)")
                .contains("Alimentos")
                .contains("No se pudo contactar con el servicio: 4");
        MockHttpServletResponse csv = send(get("/reports/referrals.csv" + range), org.admin(), "en");
        assertThat(csv.getStatus()).isEqualTo(200);
        List<String> lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "section,item,referrals,open,connected,not_connected,cancelled,share_connected_percent,median_days_to_connection");
        assertThat(lines).contains("all,All referrals,11,1,4,6,0,40,3.0", "need,Food,6,1,3,2,0,60,4.0");
        assertThat(lines).anyMatch(l -> l.startsWith("lowest_connected_service,\"'=HYPERLINK(\"\"http://x\"\")\",5,"));
    }

    @Test
    void onlyTheProgramsSupervisorsAndAdministratorsReadItAndBadDatesAreNamed() throws Exception {
        String range =
                "?program=" + org.programId() + "&from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now();
        assertThat(send(get("/reports/referrals.csv" + range), org.workerA(), "en")
                        .getStatus())
                .isEqualTo(404);
        Org other = new Fixtures(context).org();
        assertThat(send(get("/reports/referrals.csv" + range), other.admin(), "en")
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse backwards = send(
                get("/reports/referrals?program=" + org.programId() + "&from=2026-05-01&to=2026-04-01"),
                org.supervisorA(),
                "en");
        assertThat(backwards.getContentAsString())
                .contains("id=\"to-error\"")
                .contains("The last day is on or after the first");
        ApiSupport api = new ApiSupport(mvc, context);
        api.get(org.supervisorA(), "/api/v1/referrals/report?program=" + org.programId() + "&from=soon")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
    }

    @Test
    void anAdministratorSetsTheirProgramsDaysToTheFirstFollowUpWithinOneToNinety() throws Exception {
        String field = "days-" + org.programId();
        MockHttpServletResponse refused = send(
                post("/admin/referrals")
                        .param("programId", org.programId().toString())
                        .param("followUpDays", "400"),
                org.admin(),
                "es");
        assertThat(refused.getContentAsString())
                .contains("id=\"" + field + "-error\"")
                .contains("Elija de 1 a 90 días");
        assertThat(send(
                                post("/admin/referrals")
                                        .param("programId", org.programId().toString())
                                        .param("followUpDays", "14"),
                                org.admin(),
                                "en")
                        .getStatus())
                .isEqualTo(302);
        ReferralView made = make(org.personOfA().id(), pantry, "food");
        assertThat(made.followUp()).isEqualTo(LocalDate.now().plusDays(14));
        Org other = new Fixtures(context).org();
        MockHttpServletResponse notTheirs = send(
                post("/admin/referrals")
                        .param("programId", org.programId().toString())
                        .param("followUpDays", "3"),
                other.admin(),
                "en");
        assertThat(notTheirs.getContentAsString()).contains("Choose one of your programs");
        assertThat(context.getBean(ReferralSettings.class).followUpDays(org.programId()))
                .isEqualTo(14);
        assertThat(Duration.ofDays(context.getBean(ReferralSettings.class).followUpDays(null)))
                .isEqualTo(Duration.ofDays(7));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser as, String language)
            throws Exception {
        return mvc.perform(request.header("Accept-Language", language)
                        .with(user(as))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
