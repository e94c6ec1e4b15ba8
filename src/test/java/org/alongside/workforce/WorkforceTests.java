package org.alongside.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.LivedExperience;
import org.alongside.workforce.domain.Renewal;
import org.alongside.workforce.domain.Training;
import org.alongside.workforce.domain.TrainingStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workforce record as its people use it: who may read and change it (a refusal is a 404 with
 * a DENIED row), credentials checked against their rules, trainings that move renewal progress,
 * proofs that are really PDFs or images, rule sets refused when they do not hold together, and the
 * dashboard's buckets. Nothing refused is saved.
 */
@AlongsideTest
class WorkforceTests {

    static final byte[] PDF = "%PDF-1.4 a certificate".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Credentials credentials;

    @Autowired
    Trainings trainings;

    @Autowired
    Profiles profiles;

    @Autowired
    WorkforceDashboard dashboard;

    @Autowired
    Clock clock;

    @Test
    void aSupervisorReadsTheirSuperviseeButNotAnotherSupervisorsAndCannotChangeIt() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        api.get(org.supervisorA(), "/api/v1/staff/" + org.workerA().id() + "/credentials")
                .andExpect(status().isOk());
        api.get(org.supervisorA(), "/api/v1/staff/" + org.workerB().id() + "/credentials")
                .andExpect(status().isNotFound());
        api.get(org.workerB(), "/api/v1/staff/" + org.workerA().id() + "/profile")
                .andExpect(status().isNotFound());
        api.post(org.supervisorA(), "/api/v1/staff/" + org.workerA().id() + "/trainings", """
                        {"takenOn": "2026-01-15", "title": "Ethics", "hours": 2}
                        """)
                .andExpect(status().isNotFound());
        assertThat(api.auditCountByActor("workforce.profile", org.supervisorA().id(), "DENIED"))
                .isEqualTo(1);
        assertThat(api.auditCountByActor("workforce.profile", org.workerB().id(), "DENIED"))
                .isEqualTo(1);
        assertThat(api.auditCountByActor(
                        "workforce.training-add", org.supervisorA().id(), "DENIED"))
                .isEqualTo(1);
        assertThat(trainingsOf(org.workerA().id())).isZero();
    }

    @Test
    void onlyThePersonRecordsTheirLivedExperienceAndTheirSupervisorSeesIt() {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        Profiles.Profile mine = profiles.change(
                org.workerA().viewer(),
                worker,
                new Profiles.ProfileChange(
                        "peer_specialist",
                        Profiles.Employment.VOLUNTEER,
                        List.of("English", " Spanish ", "English"),
                        new BigDecimal("20"),
                        List.of(LivedExperience.SUBSTANCE_USE, LivedExperience.MENTAL_HEALTH),
                        0));
        assertThat(mine.languages()).containsExactly("English", "Spanish");
        assertThatThrownBy(() -> profiles.change(
                        org.admin().viewer(),
                        worker,
                        new Profiles.ProfileChange(
                                "peer_mentor", Profiles.Employment.PAID, List.of(), null, List.of(), 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("livedExperience"));
        Profiles.Profile byAdmin = profiles.change(
                org.admin().viewer(),
                worker,
                new Profiles.ProfileChange("peer_mentor", Profiles.Employment.PAID, List.of("English"), null, null, 1));
        assertThat(byAdmin.titleCode()).isEqualTo("peer_mentor");
        assertThat(profiles.get(org.supervisorA().viewer(), worker).livedExperience())
                .containsExactly(LivedExperience.MENTAL_HEALTH, LivedExperience.SUBSTANCE_USE);
        assertThatThrownBy(() -> profiles.change(
                        org.workerA().viewer(),
                        worker,
                        new Profiles.ProfileChange(null, Profiles.Employment.PAID, List.of(), null, null, 1)))
                .as("a change made against the version before the administrator's")
                .isInstanceOf(org.alongside.shared.ConflictException.class);
    }

    @Test
    void aCredentialWithRulesWorksOutItsExpiryAndRefusesDatesThatDoNotFit() {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        LocalDate certified = LocalDate.now(clock).minusMonths(3);
        Credentials.Held held = credentials.add(
                org.workerA().viewer(),
                worker,
                new Credentials.NewCredential("icrc-peer-recovery", null, null, "PR-1", certified, null, null, null),
                null);
        assertThat(held.credential().expiresOn()).isEqualTo(certified.plusYears(2));
        assertThat(held.credential().typeName()).isEqualTo("Peer Recovery credential (IC&RC standard)");
        assertThat(held.standing().state()).isEqualTo(Renewal.State.ACTIVE);

        assertRefused(
                () -> credentials.add(
                        org.workerA().viewer(),
                        worker,
                        new Credentials.NewCredential(
                                null, "CPR", null, null, certified, certified, certified.minusDays(1), null),
                        null),
                "expiresOn");
        assertRefused(
                () -> credentials.add(
                        org.workerA().viewer(),
                        worker,
                        new Credentials.NewCredential(
                                "icrc-peer-recovery",
                                null,
                                null,
                                null,
                                certified,
                                certified,
                                certified.plusYears(2).plusDays(1),
                                null),
                        null),
                "expiresOn");
        assertRefused(
                () -> credentials.add(
                        org.workerA().viewer(),
                        worker,
                        new Credentials.NewCredential(
                                null, "CPR", null, null, LocalDate.now(clock).plusDays(1), null, null, null),
                        null),
                "certifiedOn");
        assertRefused(
                () -> credentials.add(
                        org.workerA().viewer(),
                        worker,
                        new Credentials.NewCredential(null, "CPR", null, null, certified, null, null, null),
                        new ProofFiles.Upload("certificate.pdf", "<html>not a pdf".getBytes(StandardCharsets.UTF_8))),
                "proof");
        assertThat(credentialsOf(worker)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from workforce_file where staff_id = :s")
                        .param("s", worker)
                        .query(Integer.class)
                        .single())
                .as("a proof refused with its credential is not kept")
                .isZero();
    }

    @Test
    void loggingATrainingMovesRenewalProgressAndBadHoursAreRefused() throws Exception {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        ApiSupport api = new ApiSupport(mvc, context);
        LocalDate certified = LocalDate.now(clock).minusMonths(13);
        credentials.add(
                org.admin().viewer(),
                worker,
                new Credentials.NewCredential("icrc-peer-recovery", null, null, null, certified, null, null, null),
                null);
        api.post(org.workerA(), "/api/v1/staff/" + worker + "/trainings", """
                        {"takenOn": "%s", "title": "Ethics and boundaries", "hours": 6, "categoryHours": {"ETHICS": 4}}
                        """.formatted(
                                LocalDate.now(clock).minusDays(3)))
                .andExpect(status().isCreated());
        api.get(org.supervisorA(), "/api/v1/staff/" + worker + "/credentials")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].lines[0].need").value("TOTAL"))
                .andExpect(jsonPath("$[0].lines[0].done").value(6))
                .andExpect(jsonPath("$[0].lines[0].missing").value(14))
                .andExpect(jsonPath("$[0].lines[1].category").value("ETHICS"))
                .andExpect(jsonPath("$[0].lines[1].missing").value(2))
                .andExpect(jsonPath("$[0].missing[1]").value(startsWith("2 more ethics hours by ")));

        for (String bad : List.of(
                "{\"takenOn\": \"%s\", \"title\": \"Negative\", \"hours\": -1}",
                "{\"takenOn\": \"%s\", \"title\": \"Too long a day\", \"hours\": 25}",
                "{\"takenOn\": \"%s\", \"title\": \"Split too far\", \"hours\": 2, \"categoryHours\": {\"ETHICS\": 3}}",
                "{\"takenOn\": \"%s\", \"title\": \"Below zero\", \"hours\": 2, \"categoryHours\": {\"ETHICS\": -1}}")) {
            api.post(org.workerA(), "/api/v1/staff/" + worker + "/trainings", bad.formatted(LocalDate.now(clock)))
                    .andExpect(status().isBadRequest());
        }
        api.post(org.workerA(), "/api/v1/staff/" + worker + "/trainings", """
                        {"takenOn": "%s", "title": "Tomorrow", "hours": 2}
                        """.formatted(
                                LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.takenOn").value("A training cannot be dated in the future"));
        assertThat(trainingsOf(worker)).isEqualTo(1);
    }

    @Test
    void aProofIsAPdfOrImageUnderTheLimitAndOnlyThoseWhoMayReadTheRecordGetIt() throws Exception {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        ApiSupport api = new ApiSupport(mvc, context);
        String uploaded = mvc.perform(multipart("/api/v1/staff/" + worker + "/proofs")
                        .file(new MockMultipartFile("file", "../../cert ificate.PDF", "application/pdf", PDF))
                        .header("Authorization", "Bearer " + api.token(org.workerA())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = uploaded.replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
        mvc.perform(multipart("/api/v1/staff/" + worker + "/proofs")
                        .file(new MockMultipartFile(
                                "file", "photo.png", "image/png", "GIF89a".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + api.token(org.workerA())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.proof").value("Upload a PDF, PNG or JPEG file"));
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(multipart("/api/v1/staff/" + worker + "/proofs")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .header("Authorization", "Bearer " + api.token(org.workerA())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.proof").value("The file is larger than the upload limit"));

        api.get(org.supervisorA(), "/api/v1/staff/" + worker + "/proofs/" + id)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("cert_ificate.pdf")));
        api.get(org.workerB(), "/api/v1/staff/" + worker + "/proofs/" + id).andExpect(status().isNotFound());
        api.get(org.workerB(), "/api/v1/staff/" + org.workerB().id() + "/proofs/" + id)
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from workforce_file where staff_id = :s")
                        .param("s", worker)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRuleSetIsAddedByAnAdministratorAsANewVersionAndRefusedWhenItsMinimumsExceedItsTotal() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String rules = """
                {"id": "%s", "name": "A test board", "cycle": {"type": "CALENDAR_YEAR"}, "totalHours": %s,
                 "categoryHours": {"ETHICS": 3, "PEER_SPECIFIC": 8}, "sources": [{"fact": "all", "source": "this test"}]}
                """;
        api.post(org.admin(), "/api/v1/workforce/rule-sets", rules.formatted(id, 10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.categoryHours")
                        .value("The category minimums add up to more than the total hours"));
        api.post(org.admin(), "/api/v1/workforce/rule-sets", rules.formatted(id, 12))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        api.post(org.admin(), "/api/v1/workforce/rule-sets", rules.formatted(id, 14))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        api.post(org.workerA(), "/api/v1/workforce/rule-sets", rules.formatted(id, 16))
                .andExpect(status().isForbidden());
        api.get(org.workerA(), "/api/v1/workforce/rule-sets")
                .andExpect(
                        jsonPath("$[?(@.id == '%s')].totalHours".formatted(id)).value(14));
    }

    @Test
    void theDashboardSortsCredentialsIntoLapsedAndExpiringSoonForTheSupervisor() {
        Org org = new Fixtures(context).org();
        LocalDate today = LocalDate.now(clock);
        credentials.add(
                org.admin().viewer(),
                org.workerA().id(),
                new Credentials.NewCredential(
                        null,
                        "First aid",
                        null,
                        null,
                        today.minusYears(2),
                        today.minusYears(1),
                        today.plusDays(20),
                        null),
                null);
        credentials.add(
                org.admin().viewer(),
                org.workerA().id(),
                new Credentials.NewCredential(
                        null,
                        "Driving",
                        null,
                        null,
                        today.minusYears(3),
                        today.minusYears(3),
                        today.minusDays(2),
                        null),
                null);
        credentials.add(
                org.admin().viewer(),
                org.workerB().id(),
                new Credentials.NewCredential(
                        null, "Not A's team", null, null, today.minusYears(1), null, today.plusDays(10), null),
                null);
        WorkforceDashboard.View view = dashboard.of(org.supervisorA().viewer());
        assertThat(view.rows())
                .extracting(
                        r -> r.held().credential().typeName(),
                        WorkforceDashboard.Row::bucket,
                        WorkforceDashboard.Row::daysLeft)
                .containsExactly(
                        tuple("Driving", WorkforceDashboard.Bucket.LAPSED, -2L),
                        tuple("First aid", WorkforceDashboard.Bucket.WITHIN_30, 20L));
        assertThat(view.counts()).containsEntry(WorkforceDashboard.Bucket.LAPSED, 1);
        assertThat(dashboard.of(org.admin().viewer()).rows()).hasSize(3);
    }

    @Test
    void aRenewalReplacesTheCredentialOnceAndKeepsTheOldOne() {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        LocalDate certified = LocalDate.now(clock).minusYears(2).minusMonths(1);
        Credentials.Held first = credentials.add(
                org.workerA().viewer(),
                worker,
                new Credentials.NewCredential("icrc-peer-recovery", null, null, null, certified, null, null, null),
                null);
        assertThat(first.standing().state()).isEqualTo(Renewal.State.LAPSED);
        Credentials.NewCredential renewed = new Credentials.NewCredential(
                "icrc-peer-recovery", null, null, null, certified, certified.plusYears(2), null, null);
        Credentials.Held second = credentials.replace(
                org.workerA().viewer(), worker, first.credential().id(), renewed, null);
        assertThat(second.credential().replaces()).isEqualTo(first.credential().id());
        assertThat(second.credential().expiresOn()).isEqualTo(certified.plusYears(4));
        assertThat(credentials.of(org.workerA().viewer(), worker))
                .singleElement()
                .satisfies(h -> assertThat(h.credential().id())
                        .isEqualTo(second.credential().id()));
        assertThatThrownBy(() -> credentials.replace(
                        org.workerA().viewer(), worker, first.credential().id(), renewed, null))
                .isInstanceOf(org.alongside.shared.ConflictException.class);
        assertThat(credentialsOf(worker)).isEqualTo(2);
        assertThatThrownBy(() -> credentials.replace(
                        org.workerB().viewer(), worker, second.credential().id(), renewed, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void trainingHoursSplitByCategoryAreKeptAsLogged() {
        Org org = new Fixtures(context).org();
        trainings.log(
                org.workerA().viewer(),
                org.workerA().id(),
                new Trainings.NewTraining(
                        LocalDate.now(clock),
                        "Conference",
                        "State network",
                        true,
                        new BigDecimal("6.5"),
                        Map.of(HourCategory.ETHICS, new BigDecimal("1.5"), HourCategory.PEER_SPECIFIC, BigDecimal.ZERO),
                        null),
                new ProofFiles.Upload("scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2}));
        assertThat(trainings.of(org.supervisorA().viewer(), org.workerA().id()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.hours()).isEqualByComparingTo("6.5");
                    assertThat(t.categoryHours()).containsOnlyKeys(HourCategory.ETHICS);
                    assertThat(t.hoursIn(HourCategory.ETHICS)).isEqualByComparingTo("1.5");
                    assertThat(t.approvedProvider()).isTrue();
                    assertThat(t.proofId()).isNotNull();
                });
    }

    @Test
    void aTrainingLoggedByMistakeIsWithdrawnWithAReasonKeptOnTheRecordAndNoLongerCounted() throws Exception {
        Org org = new Fixtures(context).org();
        UUID worker = org.workerA().id();
        ApiSupport api = new ApiSupport(mvc, context);
        credentials.add(
                org.admin().viewer(),
                worker,
                new Credentials.NewCredential(
                        "icrc-peer-recovery",
                        null,
                        null,
                        null,
                        LocalDate.now(clock).minusMonths(13),
                        null,
                        null,
                        null),
                null);
        Training twice = trainings.log(
                org.workerA().viewer(),
                worker,
                new Trainings.NewTraining(
                        LocalDate.now(clock).minusDays(3),
                        "Ethics and boundaries",
                        null,
                        false,
                        new BigDecimal("6"),
                        Map.of(HourCategory.ETHICS, new BigDecimal("4")),
                        null),
                null);
        String withdrawal = "/api/v1/staff/" + worker + "/trainings/" + twice.id() + "/withdrawal";

        api.post(org.workerA(), withdrawal, "{\"reason\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("Say why the training is withdrawn"));
        api.post(org.supervisorA(), withdrawal, "{\"reason\": \"Logged twice\"}")
                .andExpect(status().isNotFound());
        api.post(
                        org.workerA(),
                        "/api/v1/staff/" + worker + "/trainings/" + UUID.randomUUID() + "/withdrawal",
                        "{\"reason\": \"Logged twice\"}")
                .andExpect(status().isNotFound());
        api.get(org.workerA(), "/api/v1/staff/" + worker + "/credentials")
                .andExpect(jsonPath("$[0].lines[0].done").value(6));

        api.post(org.workerA(), withdrawal, "{\"reason\": \"Logged twice\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawal.reason").value("Logged twice"))
                .andExpect(jsonPath("$.withdrawal.by").value(worker.toString()));
        api.get(org.workerA(), "/api/v1/staff/" + worker + "/credentials")
                .andExpect(jsonPath("$[0].lines[0].done").value(0))
                .andExpect(jsonPath("$[0].lines[1].missing").value(6));
        assertThat(trainings.of(org.supervisorA().viewer(), worker))
                .as("kept on the record")
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.counts()).isFalse();
                    assertThat(t.hours()).isEqualByComparingTo("6");
                });
        api.post(org.workerA(), withdrawal, "{\"reason\": \"Again\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("This training was already withdrawn"));

        UUID fromSupervision = UUID.randomUUID();
        context.getBean(TrainingStore.class)
                .accrue(
                        new Training(
                                fromSupervision,
                                worker,
                                LocalDate.now(clock),
                                "Supervision",
                                null,
                                false,
                                BigDecimal.ONE,
                                Map.of(),
                                null,
                                Training.Source.SUPERVISION),
                        null,
                        org.supervisorA().id(),
                        Instant.now(clock));
        assertRefused(() -> trainings.withdraw(org.workerA().viewer(), worker, fromSupervision, "Not mine"), "reason");
        assertThat(jdbc.sql("select count(*) from training where staff_id = :s and withdrawn_at is not null")
                        .param("s", worker)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private int trainingsOf(UUID staff) {
        return jdbc.sql("select count(*) from training where staff_id = :s")
                .param("s", staff)
                .query(Integer.class)
                .single();
    }

    private int credentialsOf(UUID staff) {
        return jdbc.sql("select count(*) from credential where staff_id = :s")
                .param("s", staff)
                .query(Integer.class)
                .single();
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey(field));
    }
}
