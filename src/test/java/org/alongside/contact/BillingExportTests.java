package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CsvCells;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.ProgramManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class BillingExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactNoteManagement notes;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void signed(CurrentUser author, UUID person, int minutes) {
        NoteContent content = new NoteContent(
                LocalDate.now(),
                LocalTime.of(9, 0),
                LocalTime.of(9, 0).plusMinutes(minutes),
                null,
                ContactMode.HOME_VISIT,
                null,
                Set.of(Activity.ADVOCATING),
                Set.of(),
                List.of(),
                "Went to the housing office together",
                null,
                null,
                null);
        ContactNoteView draft = notes.startDraft(author.viewer(), person, content);
        notes.sign(author.viewer(), person, draft.id(), draft.version());
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertThat(CsvCells.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvCells.neutralise("-2")).isEqualTo("'-2");
        assertThat(CsvCells.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.neutralise("Ana")).isEqualTo("Ana");
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }

    @Test
    void theExportListsSignedBillableContactsThatTheUserMaySee() throws Exception {
        Org org = new Fixtures(context).org();
        CurrentUser formula =
                new Fixtures(context).account("formula-" + System.nanoTime(), "=HYPERLINK(\"x\")", Role.PEER_WORKER);
        context.getBean(ProgramManagement.class).addMember(org.admin().viewer(), org.programId(), formula.id());
        var third = new Fixtures(context).enrol(org.admin(), org.programId(), formula, "Third " + org.programId());
        signed(org.workerA(), org.personOfA().id(), 40);
        signed(org.workerB(), org.personOfB().id(), 7);
        signed(formula, third.id(), 20);
        ApiSupport api = new ApiSupport(mvc, context);
        String path = "/api/v1/billing/contacts.csv?programId=" + org.programId() + "&from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now();

        String all = api.get(org.admin(), path)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = all.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "participant_id,date,minutes,payer,procedure_code,modifier,place_of_service,units,author,credential");
        assertThat(lines).hasSize(3).as("the 7-minute contact earns no unit");
        assertThat(all)
                .as("a home visit: procedure H0038 without a modifier, place of service 12 (home)")
                .contains(org.personOfA().id() + "," + LocalDate.now() + ",40,Medicaid,H0038,,12,3,"
                        + org.workerA().displayName())
                .contains("'=HYPERLINK");

        String own = api.get(org.workerA(), path).andReturn().getResponse().getContentAsString();
        assertThat(own.lines()).hasSize(2);
        assertThat(own)
                .contains(org.personOfA().id().toString())
                .doesNotContain(third.id().toString());
        assertThat(jdbc.sql("select purpose from audit_event where action = 'billing.export' and actor_id = :a")
                        .param("a", org.admin().id())
                        .query(String.class)
                        .list())
                .containsOnly("payment");
        assertThat(api.auditCountByActor("billing.export", org.admin().id(), "SUCCESS"))
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select participant_id::text || ' ' || recipient_kind || ' ' || recipient || ' ' || purpose
                               || ' ' || parts::text
                        from disclosure where action = 'billing.export' and actor_id = :a order by participant_id
                        """)
                        .param("a", org.admin().id())
                        .query(String.class)
                        .list())
                .as("one accounting row per person in the administrator's file, for payment, to the payer")
                .containsExactlyInAnyOrder(
                        org.personOfA().id() + " PAYER Medicaid PAYMENT {NOTES}",
                        third.id() + " PAYER Medicaid PAYMENT {NOTES}");
        assertThat(jdbc.sql("select count(*) from disclosure where action = 'billing.export' and participant_id = :p")
                        .param("p", org.personOfB().id())
                        .query(Long.class)
                        .single())
                .as("a person whose contacts earned no unit was not in any file")
                .isZero();
    }

    @Test
    void badRangesAndOtherProgramsAreRefused() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        String base = "/api/v1/billing/contacts.csv?programId=" + org.programId();
        api.get(org.admin(), base + "&from=2026-02-30&to=2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
        api.get(org.admin(), base + "&from=2026-03-01&to=2026-02-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());
        api.get(
                        org.admin(),
                        "/api/v1/billing/contacts.csv?programId=" + UUID.randomUUID()
                                + "&from=2026-01-01&to=2026-01-31")
                .andExpect(status().isNotFound());
        Org other = new Fixtures(context).org();
        api.get(other.admin(), base + "&from=2026-01-01&to=2026-01-31").andExpect(status().isNotFound());
    }
}
