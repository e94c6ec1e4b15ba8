package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.audit.AuditLog;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Purpose;
import org.alongside.shared.TestAction;
import org.alongside.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record gate itself: the kinds of viewer, a refusal that keeps its record whatever happens
 * to the transaction around it, several people changed at once, and a second access policy
 * plugged in without any caller changing.
 */
@AlongsideTest
class RecordGateTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    RecordGate gate;

    @Autowired
    ParticipantManagement participants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    Org org;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
    }

    @Test
    void aPersonSeesTheirOwnRecordAndTheReadIsRecordedAsTheirs() {
        UUID self = org.personOfA().id();
        ParticipantView view = participants.get(new Viewer.Person(self), self);
        assertThat(view.id()).isEqualTo(self);
        assertThat(detailOfLast("participant.view", self, "SUCCESS")).isEqualTo("by the person");
        assertThat(jdbc.sql("select purpose from audit_event where actor_id = :a order by id desc limit 1")
                        .param("a", self)
                        .query(String.class)
                        .single())
                .as("read for their own record, not for care")
                .isEqualTo("own_record");
    }

    @Test
    void aPersonCannotSeeSomeoneElsesRecord() {
        UUID other = org.personOfB().id();
        assertThatThrownBy(
                        () -> participants.get(new Viewer.Person(org.personOfA().id()), other))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("participant.view", org.personOfA().id(), "DENIED", other))
                .isEqualTo(1);
    }

    @Test
    void aSystemJobSeesThePeopleOfItsProgramsAndNoOthers() {
        Org elsewhere = new Fixtures(context).org();
        Viewer.SystemJob job = new Viewer.SystemJob("billing export", Set.of(org.programId()));
        List<UUID> seen = participants.caseload(job, false, false).stream()
                .map(ParticipantRow::id)
                .toList();
        assertThat(seen)
                .contains(org.personOfA().id(), org.personOfB().id())
                .doesNotContain(elsewhere.personOfA().id());
        assertThatThrownBy(() -> participants.get(job, elsewhere.personOfA().id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(participants.caseload(new Viewer.SystemJob("nothing", Set.of()), false, false))
                .isEmpty();
        String detail = jdbc.sql("""
                select detail from audit_event where action = 'participant.list' and actor_id is null
                order by id desc limit 1
                """).query(String.class).single();
        assertThat(detail).startsWith("job=nothing");
        assertThat(jdbc.sql("""
                        select purpose from audit_event where action = 'participant.list' and actor_id is null
                        order by id desc limit 1
                        """).query(String.class).single()).isEqualTo("operations");
    }

    @Test
    void aRefusalKeepsItsDeniedRecordEvenWhenTheSurroundingTransactionRollsBack() {
        UUID hidden = org.personOfB().id();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> outer.executeWithoutResult(
                        status -> participants.get(org.workerA().viewer(), hidden)))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("participant.view", org.workerA().id(), "DENIED", hidden))
                .isEqualTo(1);
    }

    @Test
    void aChangeForSeveralPeopleIsRefusedWholeWhenOneIsOutOfSight() {
        UUID mine = org.personOfA().id();
        UUID notMine = org.personOfB().id();
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> gate.changeAll(
                        org.workerA().viewer(),
                        List.of(mine, notMine),
                        TestAction.changing("test.together"),
                        admission -> ran.add("work")))
                .isInstanceOf(NotFoundException.class);
        assertThat(ran).isEmpty();
        assertThat(count("test.together", org.workerA().id(), "DENIED", notMine))
                .isEqualTo(1);
        assertThat(count("test.together", org.workerA().id(), "DENIED", mine)).isZero();
    }

    @Test
    void workThatFailsLeavesNoSuccessRecordAndNoChange() {
        UUID mine = org.personOfA().id();
        assertThatThrownBy(() ->
                        gate.change(org.workerA().viewer(), mine, TestAction.changing("test.failing"), admission -> {
                            jdbc.sql("update participant set pronouns = 'changed' where id = :id")
                                    .param("id", mine)
                                    .update();
                            throw new IllegalStateException("the work failed");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("test.failing", org.workerA().id(), "SUCCESS", mine)).isZero();
        assertThat(jdbc.sql("select pronouns from participant where id = :id")
                        .param("id", mine)
                        .query(String.class)
                        .single())
                .isEqualTo("they/them");
    }

    @Test
    void aListThatReusesPlansDoesSoOnlyUntilItEnds() {
        String inside = gate.list(org.workerA().viewer(), TestAction.listing("test.plans"), "test", null, listing -> {
            listing.reusePlans();
            return planMode();
        });
        assertThat(inside).isEqualTo("force_generic_plan");
        String after = new TransactionTemplate(transactions).execute(status -> planMode());
        assertThat(after).isEqualTo("auto");
    }

    private String planMode() {
        return jdbc.sql("select current_setting('plan_cache_mode')")
                .query(String.class)
                .single();
    }

    @Test
    void aPolicyThatRefusesOneRecipientRefusesExactlyThatDisclosureAndNoReadInsideTheProgram() {
        UUID person = org.personOfA().id();
        AccessPolicy noInsurer = (viewer, access) ->
                access.isDisclosure() && access.disclosure().recipient().name().equals("Acme Insurance")
                        ? AccessPolicy.Condition.of("false")
                        : AccessPolicy.Condition.of("true");
        RecordGate gated =
                new RecordGate(jdbc, audit, List.of(new CaseloadPolicy(), noInsurer), transactions, Clock.systemUTC());
        Viewer supervisor = org.supervisorA().viewer();
        Set<Disclosure.Part> plan = Set.of(Disclosure.Part.RECOVERY_PLAN);

        String read = gated.read(supervisor, person, TestAction.reading("test.in-program"), admission -> "read");
        assertThat(read).as("supervision inside the program needs no consent").isEqualTo("read");
        Long listed = gated.list(
                supervisor,
                TestAction.listing("test.in-program-list"),
                "test",
                null,
                listing -> jdbc.sql("select count(*) from participant p where p.id = :id and "
                                + listing.visibility().on("p"))
                        .paramSource(listing.visibility().params().addValue("id", person))
                        .query(Long.class)
                        .single());
        assertThat(listed).isEqualTo(1);
        String sent = gated.disclose(
                supervisor,
                person,
                TestAction.reading("test.to-the-person"),
                Disclosure.toThePersonForCare(Disclosure.Part.RECOVERY_PLAN),
                admission -> "sent");
        assertThat(sent).isEqualTo("sent");

        Disclosure toInsurer = new Disclosure(
                new Disclosure.Recipient(Disclosure.Recipient.Kind.PAYER, "Acme Insurance"), Purpose.PAYMENT, plan);
        assertThatThrownBy(() -> gated.disclose(
                        supervisor, person, TestAction.reading("test.to-insurer"), toInsurer, admission -> "sent"))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("test.to-insurer", org.supervisorA().id(), "DENIED", person))
                .isEqualTo(1);
        assertThat(jdbc.sql("select action from disclosure where participant_id = :p and action like 'test.%'")
                        .param("p", person)
                        .query(String.class)
                        .list())
                .as("accounted: the disclosure that happened, not the one refused")
                .containsExactly("test.to-the-person");
    }

    @Test
    void twoPoliciesBindingTheSameParameterAreCaughtAtOnce() {
        AccessPolicy clash =
                (viewer, access) -> new AccessPolicy.Condition("true", Map.of("caseload_viewer", UUID.randomUUID()));
        RecordGate broken =
                new RecordGate(jdbc, audit, List.of(new CaseloadPolicy(), clash), transactions, Clock.systemUTC());
        assertThatThrownBy(() -> broken.visibility(
                        org.workerA().viewer(),
                        Access.of(TestAction.reading("test.read"), org.workerA().viewer())))
                .isInstanceOf(IllegalStateException.class);
    }

    private long count(String action, UUID actor, String outcome, UUID subject) {
        return jdbc.sql("""
                select count(*) from audit_event
                where action = :action and actor_id = :actor and outcome = :outcome and subject_id = :subject
                """)
                .param("action", action)
                .param("actor", actor)
                .param("outcome", outcome)
                .param("subject", subject.toString())
                .query(Long.class)
                .single();
    }

    private String detailOfLast(String action, UUID actor, String outcome) {
        return jdbc.sql("""
                select detail from audit_event where action = :action and actor_id = :actor and outcome = :outcome
                order by id desc limit 1
                """)
                .param("action", action)
                .param("actor", actor)
                .param("outcome", outcome)
                .query(String.class)
                .single();
    }
}
