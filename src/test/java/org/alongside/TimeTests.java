package org.alongside;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.shared.ClockConfiguration;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The application reads the time from one {@code Clock} bean and nowhere else, so a test can set
 * it: a rule refuses every other way of reading the system time (seen refusing each planted way).
 */
@AlongsideTest
class TimeTests {

    /** A call that reads the system's time or zone rather than the clock bean's. */
    static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_TIME = DescribedPredicate.describe(
            "read the system time (X.now() or X.now(zone), Clock.system…, System.currentTimeMillis)", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                        .map(type -> type.getName())
                        .toList();
                return (owner.startsWith("java.time.")
                                && name.equals("now")
                                && (parameters.isEmpty() || parameters.equals(List.of("java.time.ZoneId"))))
                        || (owner.equals("java.time.Clock") && name.startsWith("system"))
                        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
            });

    static final ArchRule TIME_COMES_FROM_THE_CLOCK_BEAN = noClasses()
            .that()
            .doNotBelongToAnyOf(ClockConfiguration.class)
            .should()
            .callCodeUnitWhere(READS_THE_SYSTEM_TIME)
            .because("the one Clock bean is how a test sets the time");

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantManagement participants;

    @Test
    void noProductionClassReadsTheTimeExceptFromTheClockBean() {
        TIME_COMES_FROM_THE_CLOCK_BEAN.check(ArchitectureTests.PRODUCTION);
    }

    @Test
    void theRuleRefusesEachPlantedWayOfReadingTheSystemTimeAndAllowsAClockHandedIn() {
        EvaluationResult result = TIME_COMES_FROM_THE_CLOCK_BEAN.evaluate(
                new ClassFileImporter().importClasses(PlantedClockReaders.class));
        assertThat(result.hasViolation()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report)
                .contains("today()", "todayIn(java.time.ZoneId)", "aFieldClock()", "millis()")
                .doesNotContain("from(java.time.Clock)");
    }

    @Test
    void aTestThatSetsTheClockSetsTheDayTheApplicationReads() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Org org = fixtures.org();
        CurrentUser admin = org.admin();
        clock.setTo(Instant.parse("2024-02-29T15:00:00Z"));
        try {
            ParticipantView person = participants.enrol(
                    admin.viewer(),
                    new ParticipantManagement.NewParticipant(
                            new ParticipantDetails(
                                    "Leap " + System.nanoTime(),
                                    null,
                                    null,
                                    LocalDate.of(1990, 5, 17),
                                    "English",
                                    null,
                                    List.of(),
                                    List.of()),
                            org.programId(),
                            org.workerA().id(),
                            "Self-referred",
                            null));
            assertThat(person.enrolments().get(0).startDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        } finally {
            clock.reset();
        }
        assertThat(LocalDate.now(clock)).isNotEqualTo(LocalDate.of(2024, 2, 29));
    }
}
