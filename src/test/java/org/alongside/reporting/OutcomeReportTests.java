package org.alongside.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.reporting.OutcomeReport.Question;
import org.alongside.reporting.ProgramOutcomes.Service;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The program outcome report on a small fixture whose every figure is worked out by hand below:
 * four people served in 2025 (three on worker A's caseload, one on worker B's), one whose episode
 * ended before the year, and a person of another program, who is never counted.
 */
@AlongsideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeReportTests {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeReport reports;

    @Autowired
    MockMvc mvc;

    private Org org;
    private Org other;
    private UUID a1;
    private UUID a2;
    private UUID a3;
    private UUID a4;
    private UUID b1;

    @BeforeAll
    void aProgramYear() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        org = fixtures.org();
        other = fixtures.org();
        a1 = org.personOfA().id();
        b1 = org.personOfB().id();
        a2 = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Harbour")
                .id();
        a3 = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Lantern")
                .id();
        a4 = fixtures.enrol(org.admin(), org.programId(), org.workerA(), "Orchard")
                .id();
        UUID stranger = other.personOfA().id();
        for (UUID person : List.of(a1, a2, a3, a4, b1, stranger)) {
            waitForEpisode(person);
        }
        episode(a1, "2024-07-01", null);
        episode(a2, "2025-03-01", "2025-10-31");
        episode(a3, "2025-06-01", null);
        episode(b1, "2025-02-01", null);
        episode(a4, "2023-01-01", "2024-06-30");
        // a person of another program with an episode row in this one: not visible, never counted
        jdbc.sql("insert into measurement_episode (participant_id, program_id, started_on) values (:p, :program, :on)")
                .param("p", stranger)
                .param("program", org.programId())
                .param("on", LocalDate.of(2025, 1, 5))
                .update();

        note(a1, org.workerA(), "2025-01-10", "PHONE_CALL", 30, "SIGNED", "MENTORING_AND_GOALS");
        note(a1, org.workerA(), "2025-02-10", "WALK", 60, "SIGNED", "BUILDING_COMMUNITY", "MENTORING_AND_GOALS");
        note(a2, org.workerA(), "2025-03-05", "PHONE_CALL", 15, "PENDING_COSIGN", "SHARING_RESOURCES");
        note(a3, org.workerA(), "2025-07-01", "HOME_VISIT", 90, "SIGNED", "ADVOCATING");
        note(b1, org.workerB(), "2025-02-15", "PHONE_CALL", 45, "SIGNED", "MENTORING_AND_GOALS");
        note(a1, org.workerA(), "2025-03-01", "WALK", 20, "DRAFT", "MENTORING_AND_GOALS");
        note(a1, org.workerA(), "2024-12-31", "PHONE_CALL", 10, "SIGNED", "MENTORING_AND_GOALS");
        note(stranger, other.workerA(), "2025-03-01", "PHONE_CALL", 600, "SIGNED", "ADVOCATING");

        UUID group = UUID.randomUUID();
        jdbc.sql("""
                insert into recovery_group (id, program_id, name, type, capacity, created_at, version)
                values (:id, :program, 'Morning walk', 'WELLNESS', 20, now(), 0)
                """).param("id", group).param("program", org.programId()).update();
        session(group, "2025-04-01", a1, a3, b1);
        session(group, "2025-05-01", a1);
        session(group, "2024-11-01", a1);

        UUID service = Fixtures.aDirectoryService(context);
        referral(a1, service, "2025-02-01", "CONNECTED");
        referral(a2, service, "2025-04-01", "NOT_CONNECTED");
        referral(b1, service, "2025-05-01", "CONNECTED");
        referral(a1, service, "2024-12-01", "CONNECTED");

        response(a1, "phq-9", "2024-07-05", 18);
        response(a1, "phq-9", "2025-01-15", 12);
        response(a1, "phq-9", "2025-11-01", 8);
        response(a1, "phq-9", "2025-12-01", null);
        response(a2, "phq-9", "2025-03-02", 10);
        response(a2, "phq-9", "2025-09-01", 13);
        response(a3, "phq-9", "2025-06-02", 9);
        response(b1, "phq-9", "2025-02-03", 14);
        response(b1, "phq-9", "2025-08-01", 21);
        response(a1, "gad-7", "2025-01-20", 12);
        response(a1, "gad-7", "2025-06-20", 6);

        event(a1, "HOSPITAL_STAY", null, "2024-03-10", "2024-03-20");
        event(a1, "EMERGENCY_VISIT", null, "2024-05-05", null);
        event(a1, "CRISIS", null, "2024-06-01", null);
        event(a1, "CRISIS", null, "2025-02-01", null);
        event(a2, "JAIL", null, "2025-01-20", "2025-02-04");
        event(a2, "HOSPITAL_STAY", null, "2025-04-01", "2025-04-04");
        event(b1, "HOSPITAL_STAY", null, "2025-01-25", "2025-02-05");
        event(b1, "EMERGENCY_VISIT", null, "2025-03-01", null);
        event(b1, "EMERGENCY_VISIT", null, "2023-01-01", null);
        event(a1, "HOUSING", "UNHOUSED", "2024-06-15", null);
        event(a1, "HOUSING", "STABLE", "2025-05-01", null);
        event(a1, "WORK_OR_STUDY", "NOT_WORKING", "2024-07-10", null);
        event(a1, "WORK_OR_STUDY", "EMPLOYED", "2025-09-01", null);
        event(a2, "HOUSING", "STABLE", "2025-03-10", null);
        event(b1, "HOUSING", "TEMPORARY", "2025-04-01", null);
    }

    private ProgramOutcomes report(CurrentUser viewer) {
        return reports.of(viewer.viewer(), new Question(org.programId(), FROM, TO), Locale.ENGLISH);
    }

    @Test
    void peopleContactsGroupsAndReferralsAreCountedForThePeopleServedInTheRange() {
        ProgramOutcomes report = report(org.admin());
        // served: A1 (since mid-2024), A2, A3, B1; A4 ended before 2025; started in 2025: A2, A3, B1; ended: A2
        assertThat(report.people()).isEqualTo(new ProgramOutcomes.People(4, 3, 1));
        // signed (or signed and waiting for a co-sign) in 2025: phone 30 + 15 + 45, a walk of 60, a home visit of 90
        Map<String, Service> modes = byKey(report.byMode());
        assertThat(modes.get("PHONE_CALL")).isEqualTo(new Service("PHONE_CALL", 3, 90, 3));
        assertThat(modes.get("WALK")).isEqualTo(new Service("WALK", 1, 60, 1));
        assertThat(modes.get("HOME_VISIT")).isEqualTo(new Service("HOME_VISIT", 1, 90, 1));
        assertThat(report.allContacts()).isEqualTo(new Service(null, 5, 240, 4));
        assertThat(report.allContacts().hours()).isEqualTo(4.0);
        Map<String, Service> activities = byKey(report.byActivity());
        assertThat(activities.get("MENTORING_AND_GOALS")).isEqualTo(new Service("MENTORING_AND_GOALS", 3, 135, 2));
        assertThat(activities.get("BUILDING_COMMUNITY")).isEqualTo(new Service("BUILDING_COMMUNITY", 1, 60, 1));
        assertThat(activities).hasSize(4);
        // two sessions in 2025: A1, A3, B1 at the first, A1 at the second
        assertThat(report.groups()).isEqualTo(new ProgramOutcomes.Groups(2, 4, 3));
        assertThat(report.referrals()).isEqualTo(new ProgramOutcomes.Referrals(3, 2));
    }

    @Test
    void changeFromBaselineHasItsConfidenceIntervalAndReliableChangeWorkedOutByHand() {
        ProgramOutcomes report = report(org.admin());
        ProgramOutcomes.Change phq9 = report.changes().stream()
                .filter(c -> c.instrumentId().equals("phq-9"))
                .findFirst()
                .orElseThrow();
        // A1 18 → 8 (−10), A2 10 → 13 (+3), B1 14 → 21 (+7); A3 has only a baseline
        assertThat(phq9.n()).isEqualTo(3);
        assertThat(phq9.meanBaseline()).isCloseTo(14.0, within(1e-9));
        assertThat(phq9.meanLatest()).isCloseTo(14.0, within(1e-9));
        assertThat(phq9.meanChange()).isCloseTo(0.0, within(1e-9));
        // sd = √((100 + 9 + 49) / 2) = √79; t(0.975, 2 df) = 4.303 from the table; half-width = t × sd / √3
        double half = 4.3027 * Math.sqrt(79) / Math.sqrt(3);
        assertThat(phq9.sd()).isCloseTo(Math.sqrt(79), within(1e-9));
        assertThat(phq9.low()).isCloseTo(-half, within(0.001));
        assertThat(phq9.high()).isCloseTo(half, within(0.001));
        // reliable change on PHQ-9 is 6 points: −10 better, +3 unchanged, +7 worse
        assertThat(List.of(phq9.improved(), phq9.unchanged(), phq9.deteriorated()))
                .containsExactly(1, 1, 1);
        assertThat(phq9.loincTotal()).isEqualTo("44261-6");

        ProgramOutcomes.Change gad7 = report.changes().stream()
                .filter(c -> c.instrumentId().equals("gad-7"))
                .findFirst()
                .orElseThrow();
        // one person, 12 → 6: a change of −6 against GAD-7's 4 points; no interval from one person
        assertThat(gad7.n()).isEqualTo(1);
        assertThat(gad7.meanChange()).isEqualTo(-6.0);
        assertThat(gad7.low()).isNull();
        assertThat(gad7.improved()).isEqualTo(1);
    }

    @Test
    void serviceUseIsPerPersonYearInTheSixMonthsBeforeEnrolmentAndDuringServices() {
        ProgramOutcomes.ServiceUse use = report(org.admin()).use();
        assertThat(use.n()).isEqualTo(4);
        // six months before: A1 182 days (Jan–Jun 2024), A2 181 (Sep 2024–Feb 2025), A3 182, B1 184
        double yearsBefore = (182 + 181 + 182 + 184) / 365.25;
        // during, within 2025: A1 365, A2 245 (Mar–Oct), A3 214 (Jun–Dec), B1 334 (Feb–Dec)
        double yearsDuring = (365 + 245 + 214 + 334) / 365.25;
        assertThat(use.yearsBefore()).isCloseTo(yearsBefore, within(1e-9));
        assertThat(use.yearsDuring()).isCloseTo(yearsDuring, within(1e-9));
        Map<String, ProgramOutcomes.Use> measures =
                use.measures().stream().collect(Collectors.toMap(ProgramOutcomes.Use::measure, Function.identity()));
        // admissions: A1 in March 2024 and B1 on 25 January 2025 before; A2 in April 2025 during
        assertUse(measures.get("hospital_admissions"), 2, 1, yearsBefore, yearsDuring);
        // nights: A1 10 before; B1's stay 25 Jan – 5 Feb splits 7 before and 4 during; A2 3 during
        assertUse(measures.get("hospital_days"), 17, 7, yearsBefore, yearsDuring);
        assertUse(measures.get("emergency_visits"), 1, 1, yearsBefore, yearsDuring);
        assertUse(measures.get("crisis_events"), 1, 1, yearsBefore, yearsDuring);
        // A2's 15 nights in jail, 20 January – 4 February 2025, all before her enrolment on 1 March
        assertUse(measures.get("jail_days"), 15, 0, yearsBefore, yearsDuring);

        ProgramOutcomes.CostAvoided cost = report(org.admin()).cost();
        assertThat(cost.configured()).isTrue();
        // (rate before − rate during) × person-years during × unit cost, each rounded to a whole amount
        long hospital = Math.round(1000 * (17 / yearsBefore - 7 / yearsDuring) * yearsDuring);
        long emergency = Math.round(500 * (1 / yearsBefore - 1 / yearsDuring) * yearsDuring);
        long crisis = Math.round(300 * (1 / yearsBefore - 1 / yearsDuring) * yearsDuring);
        long jail = Math.round(100 * (15 / yearsBefore) * yearsDuring);
        assertThat(cost.lines())
                .extracting(ProgramOutcomes.CostLine::amount)
                .containsExactly(
                        BigDecimal.valueOf(hospital),
                        BigDecimal.valueOf(emergency),
                        BigDecimal.valueOf(crisis),
                        BigDecimal.valueOf(jail));
        assertThat(cost.total()).isEqualTo(BigDecimal.valueOf(hospital + emergency + crisis + jail));
        assertThat(cost.source()).isEqualTo("Round test figures");
    }

    private static void assertUse(
            ProgramOutcomes.Use use, long before, long during, double yearsBefore, double yearsDuring) {
        assertThat(use.before()).as(use.measure() + " before").isEqualTo(before);
        assertThat(use.during()).as(use.measure() + " during").isEqualTo(during);
        assertThat(use.perYearBefore()).isCloseTo(before / yearsBefore, within(1e-9));
        assertThat(use.perYearDuring()).isCloseTo(during / yearsDuring, within(1e-9));
    }

    @Test
    void housingAndWorkAtBaselineAreComparedWithTheLatestAndFollowUpsWithTheirWindows() {
        ProgramOutcomes report = report(org.admin());
        // housing known at both for A1 (unhoused → stable) and A2 (stable); B1's first is after her first month
        assertThat(report.circumstances())
                .containsExactly(
                        new ProgramOutcomes.Circumstance("stable_housing", 2, 1, 2),
                        new ProgramOutcomes.Circumstance("employed", 1, 0, 1));
        // windows closing in 2025 (SUPRT): A1 reassessment and year one (both done); A2 baseline and
        // reassessment (done) and discharge (not); A3 baseline (done) and reassessment (not); B1 baseline
        // and reassessment (done): 7 of 9, under the 80% expected
        ProgramOutcomes.FollowUp followUp = report.followUps().get(0);
        assertThat(List.of(followUp.due(), followUp.done())).containsExactly(9, 7);
        assertThat(followUp.percent()).isEqualTo(78);
        assertThat(followUp.meetsExpectation()).isFalse();
    }

    @Test
    void aSupervisorCountsOnlyTheirTeamsPeopleAndAnotherProgramIsNotFound() {
        ProgramOutcomes report = report(org.supervisorA());
        // A1, A2, A3: B1 is on worker B's caseload, whom supervisor B supervises
        assertThat(report.people().served()).isEqualTo(3);
        assertThat(report.allContacts()).isEqualTo(new Service(null, 4, 195, 3));
        assertThat(report.groups()).isEqualTo(new ProgramOutcomes.Groups(2, 3, 2));
        assertThat(report.followUps().get(0).due()).isEqualTo(7);
        assertThat(report.followUps().get(0).done()).isEqualTo(5);

        ProgramOutcomes all = reports.of(org.admin().viewer(), new Question(null, FROM, TO), Locale.ENGLISH);
        assertThat(all.programs()).containsExactly(org.programId());
        assertThat(all.people().served()).isEqualTo(4);
        assertThatThrownBy(() ->
                        reports.of(org.admin().viewer(), new Question(other.programId(), FROM, TO), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        reports.of(org.workerA().viewer(), new Question(org.programId(), FROM, TO), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrSpansMoreThanTenYearsIsRefusedByField() {
        assertThatThrownBy(
                        () -> reports.of(org.admin().viewer(), new Question(org.programId(), TO, FROM), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("to", "The last day is on or after the first"));
        assertThatThrownBy(() -> reports.of(
                        org.admin().viewer(),
                        new Question(org.programId(), FROM, FROM.plusYears(10).plusDays(1)),
                        Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("to", "A report spans ten years at most"));
        assertThatThrownBy(
                        () -> reports.of(org.admin().viewer(), new Question(org.programId(), null, TO), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("from"));
    }

    @Test
    void thePageMakesTheReportInTheBackgroundAndItsPdfAndCsvHideSmallCells() throws Exception {
        String location = mvc.perform(post("/reports/outcomes")
                        .with(user(org.admin()))
                        .with(csrf())
                        .param("program", org.programId().toString())
                        .param("from", FROM.toString())
                        .param("to", TO.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/reports/outcomes/runs/");
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (mvc.perform(get(location + "/progress").with(user(org.admin())))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                != 204) {
            assertThat(Instant.now()).as("the report is made").isBefore(until);
            Thread.sleep(50);
        }
        String page = mvc.perform(get(location).with(user(org.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.getElementById("served").text()).isEqualTo("4");
        assertThat(html.getElementById("all-contacts").text()).isEqualTo("5");
        assertThat(html.select("#change-phq-9 td").get(4).text()).isEqualTo("0.00 (-22.08 – 22.08)");
        assertThat(html.select("canvas[data-report]")).hasSize(3);

        String csv = mvc.perform(get(location + ".csv").with(user(org.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("section,item,figure,value");
        assertThat(csv).contains("People served,,Served,<11");
        // PHQ-9's three people: their mean and interval are left out of an export
        assertThat(csv).contains("Change from baseline,PHQ-9 (depression),Mean change,—");
        assertThat(csv).doesNotContain("22.08");

        byte[] pdf = mvc.perform(get(location + ".pdf").with(user(org.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Program outcomes").contains("<11").doesNotContain("22.08");
        }

        // someone else's run does not exist for them
        mvc.perform(get(location).with(user(org.supervisorA()))).andExpect(status().isNotFound());
        mvc.perform(get(location + ".csv").with(user(org.supervisorA()))).andExpect(status().isNotFound());
    }

    @Test
    void aRangeRefusedOnThePageIsSaidBesideTheFieldAndNothingRuns() throws Exception {
        String page = mvc.perform(post("/reports/outcomes")
                        .with(user(org.admin()))
                        .with(csrf())
                        .param("program", org.programId().toString())
                        .param("from", TO.toString())
                        .param("to", FROM.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("to-error").text())
                .isEqualTo("The last day is on or after the first");
    }

    @Test
    void theApiAnswersTheSameFiguresWithLoincCodesAndRefusesABadRangeAsAProblem() throws Exception {
        ApiSupport api = new ApiSupport(mvc, context);
        api.get(org.admin(), "/api/v1/reports/outcomes?program=" + org.programId() + "&from=" + FROM + "&to=" + TO)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people.served").value(4))
                .andExpect(jsonPath("$.changes[?(@.instrumentId == 'phq-9')].loincTotal")
                        .value("44261-6"))
                .andExpect(jsonPath("$.followUps[0].due").value(9));
        api.get(org.admin(), "/api/v1/reports/outcomes?program=" + org.programId() + "&from=" + TO + "&to=" + FROM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("The last day is on or after the first"));
        api.get(org.workerA(), "/api/v1/reports/outcomes?program=" + org.programId())
                .andExpect(status().isNotFound());
    }

    private static Map<String, Service> byKey(List<Service> rows) {
        return rows.stream().collect(Collectors.toMap(Service::key, Function.identity()));
    }

    private void waitForEpisode(UUID person) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("select count(*) from measurement_episode where participant_id = :p")
                        .param("p", person)
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).as("the enrolment's episode").isBefore(until);
            Thread.sleep(50);
        }
    }

    private void episode(UUID person, String start, String end) {
        jdbc.sql("update measurement_episode set started_on = :start, ended_on = :end where participant_id = :p")
                .param("start", LocalDate.parse(start))
                .param("end", end == null ? null : LocalDate.parse(end), java.sql.Types.DATE)
                .param("p", person)
                .update();
    }

    private void note(
            UUID person,
            CurrentUser author,
            String day,
            String mode,
            int minutes,
            String status,
            String... activities) {
        List<String> quoted = new ArrayList<>();
        for (String a : activities) {
            quoted.add("\"" + a + "\"");
        }
        jdbc.sql("""
                insert into contact_note (id, participant_id, author_id, status, contact_date, minutes, mode, activities,
                                          dimensions, goal_ids, narrative, created_at, updated_at, version)
                values (:id, :p, :author, :status, :day, :minutes, :mode, cast(:activities as jsonb), '[]', '[]',
                        'Fixture', now(), now(), 0)
                """)
                .param("id", UUID.randomUUID())
                .param("p", person)
                .param("author", author.id())
                .param("status", status)
                .param("day", LocalDate.parse(day))
                .param("minutes", minutes)
                .param("mode", mode)
                .param("activities", "[" + String.join(",", quoted) + "]")
                .update();
    }

    private void session(UUID group, String day, UUID... present) {
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                insert into group_session (id, group_id, session_date, start_time, end_time, topic, status, created_at, version)
                values (:id, :group, :day, '10:00', '11:00', 'Walk', 'OPEN', now(), 0)
                """)
                .param("id", session)
                .param("group", group)
                .param("day", LocalDate.parse(day))
                .update();
        for (UUID person : present) {
            jdbc.sql("""
                    insert into group_attendance (session_id, participant_id, walk_in, recorded_by, recorded_at)
                    values (:s, :p, false, :by, now())
                    """)
                    .param("s", session)
                    .param("p", person)
                    .param("by", org.workerA().id())
                    .update();
        }
    }

    private void referral(UUID person, UUID service, String day, String status) {
        jdbc.sql("""
                insert into referral (id, participant_id, service_id, need, contact, status, created_by, created_at, program_id)
                values (:id, :p, :service, 'HOUSING', 'phone', :status, :by, cast(:day as date) + time '12:00', :program)
                """)
                .param("id", UUID.randomUUID())
                .param("p", person)
                .param("service", service)
                .param("status", status)
                .param("by", org.workerA().id())
                .param("day", LocalDate.parse(day))
                .param("program", org.programId())
                .update();
    }

    private void response(UUID person, String instrument, String day, Integer total) {
        jdbc.sql("""
                insert into questionnaire_response (id, participant_id, instrument_id, instrument_version, completed_on,
                    completed_by, entered_by, entered_at, answers, total, missing, prorated, safety)
                values (:id, :p, :instrument, '1', :day, 'WITH_STAFF', :by, now(), '{}', :total, :missing, false, false)
                """)
                .param("id", UUID.randomUUID())
                .param("p", person)
                .param("instrument", instrument)
                .param("day", LocalDate.parse(day))
                .param("by", org.workerA().id())
                .param("total", total, java.sql.Types.INTEGER)
                .param("missing", total == null ? 5 : 0)
                .update();
    }

    private void event(UUID person, String kind, String detail, String start, String end) {
        jdbc.sql("""
                insert into life_event (id, participant_id, kind, detail, started_on, ended_on, entered_by, entered_at)
                values (:id, :p, :kind, :detail, :start, :end, :by, now())
                """)
                .param("id", UUID.randomUUID())
                .param("p", person)
                .param("kind", kind)
                .param("detail", detail, java.sql.Types.VARCHAR)
                .param("start", LocalDate.parse(start))
                .param("end", end == null ? null : LocalDate.parse(end), java.sql.Types.DATE)
                .param("by", org.workerA().id())
                .update();
    }
}
