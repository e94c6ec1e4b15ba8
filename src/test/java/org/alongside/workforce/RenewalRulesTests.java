package org.alongside.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.Renewal;
import org.alongside.workforce.domain.Renewal.Need;
import org.alongside.workforce.domain.Renewal.State;
import org.alongside.workforce.domain.RuleSet;
import org.alongside.workforce.domain.RuleSetFiles;
import org.alongside.workforce.domain.Training;
import org.junit.jupiter.api.Test;

/** The three shipped renewal shapes at their edges, worked out by hand from each rule's text. */
class RenewalRulesTests {

    static final RuleSet ICRC = shipped("icrc-peer-recovery");
    static final RuleSet GEORGIA = shipped("georgia-cps-mh");
    static final RuleSet NEBRASKA = shipped("nebraska-peer-support");

    @Test
    void anniversaryCyclesEndEveryTwoYearsFromCertificationAndCountTheirLastDay() {
        LocalDate certified = LocalDate.of(2024, 3, 15);
        LocalDate expires = ICRC.cycle().endAfter(certified, certified);
        assertThat(expires).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ICRC.cycle().start(expires)).isEqualTo(LocalDate.of(2024, 3, 16));
        List<Training> done = List.of(
                training(LocalDate.of(2024, 3, 15), "4", Map.of()), // the day of certification: the cycle before
                training(LocalDate.of(2024, 3, 16), "10", Map.of(HourCategory.ETHICS, "6")),
                training(LocalDate.of(2026, 3, 15), "4", Map.of()), // the last day counts
                training(LocalDate.of(2026, 3, 16), "8", Map.of())); // the next cycle's
        Renewal.Standing standing = Renewal.of(ICRC, certified, expires, done, LocalDate.of(2026, 3, 15));
        assertThat(standing.state()).isEqualTo(State.ACTIVE);
        assertThat(line(standing, Need.TOTAL).done()).isEqualByComparingTo("14");
        assertThat(line(standing, Need.TOTAL).missing()).isEqualByComparingTo("6");
        assertThat(line(standing, Need.CATEGORY).met()).isTrue();
    }

    @Test
    void aCredentialWithoutGraceLapsesTheDayAfterItExpires() {
        LocalDate certified = LocalDate.of(2024, 3, 15);
        LocalDate expires = LocalDate.of(2026, 3, 15);
        assertThat(Renewal.of(ICRC, certified, expires, List.of(), expires).state())
                .isEqualTo(State.ACTIVE);
        assertThat(Renewal.of(ICRC, certified, expires, List.of(), expires.plusDays(1))
                        .state())
                .isEqualTo(State.LAPSED);
    }

    @Test
    void categoryMinimumsMetInTotalButNotPerCategoryLeaveTheCategoryMissing() {
        LocalDate certified = LocalDate.of(2024, 3, 15);
        LocalDate expires = LocalDate.of(2026, 3, 15);
        List<Training> done = List.of(
                training(LocalDate.of(2025, 1, 10), "16", Map.of(HourCategory.ELECTIVE, "16")),
                training(LocalDate.of(2025, 6, 10), "4", Map.of(HourCategory.ETHICS, "4")));
        Renewal.Standing standing = Renewal.of(ICRC, certified, expires, done, LocalDate.of(2025, 7, 1));
        assertThat(line(standing, Need.TOTAL).met()).isTrue();
        assertThat(standing.missing()).singleElement().satisfies(missing -> {
            assertThat(missing.category()).isEqualTo(HourCategory.ETHICS);
            assertThat(missing.missing()).isEqualByComparingTo("2");
        });
        assertThat(standing.complete()).isFalse();
    }

    @Test
    void aCalendarYearCredentialIsInGraceUntilTheFifteenthThenLateUntilTheThirtyFirstThenLapsed() {
        LocalDate certified = LocalDate.of(2023, 5, 2);
        LocalDate expires = LocalDate.of(2024, 12, 31);
        assertThat(GEORGIA.cycle().start(expires)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2024, 12, 31)))
                .isEqualTo(State.ACTIVE);
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2025, 1, 1))).isEqualTo(State.GRACE);
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2025, 1, 15)))
                .isEqualTo(State.GRACE);
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2025, 1, 16)))
                .isEqualTo(State.LATE);
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2025, 1, 31)))
                .isEqualTo(State.LATE);
        assertThat(state(GEORGIA, certified, expires, LocalDate.of(2025, 2, 1))).isEqualTo(State.LAPSED);
    }

    @Test
    void aCalendarYearCredentialCountsItsEthicsTrainingAndItsHoursFromApprovedProviders() {
        LocalDate certified = LocalDate.of(2023, 5, 2);
        LocalDate expires = LocalDate.of(2024, 12, 31);
        List<Training> done = List.of(
                approved(LocalDate.of(2024, 2, 1), "4", Map.of()),
                training(LocalDate.of(2024, 3, 1), "6", Map.of(HourCategory.ETHICS, "1")),
                approved(LocalDate.of(2023, 12, 31), "6", Map.of())); // last year's: not this cycle
        Renewal.Standing standing = Renewal.of(GEORGIA, certified, expires, done, LocalDate.of(2024, 6, 1));
        assertThat(line(standing, Need.TOTAL).done()).isEqualByComparingTo("10");
        assertThat(line(standing, Need.TRAININGS).done()).isEqualByComparingTo("1");
        assertThat(line(standing, Need.TRAININGS).met()).isTrue();
        assertThat(line(standing, Need.APPROVED).done()).isEqualByComparingTo("4");
        assertThat(line(standing, Need.APPROVED).missing()).isEqualByComparingTo("2");
        assertThat(standing.missing()).extracting(Renewal.Line::need).containsExactly(Need.TOTAL, Need.APPROVED);
    }

    @Test
    void theYearOfTheExamIsWaivedAndTheNextYearIsNot() {
        LocalDate certified = LocalDate.of(2024, 1, 1);
        assertThat(Renewal.of(GEORGIA, certified, LocalDate.of(2024, 12, 31), List.of(), LocalDate.of(2024, 6, 1))
                        .waived())
                .isTrue();
        Renewal.Standing next =
                Renewal.of(GEORGIA, certified, LocalDate.of(2025, 12, 31), List.of(), LocalDate.of(2025, 6, 1));
        assertThat(next.waived()).isFalse();
        assertThat(line(next, Need.TOTAL).missing()).isEqualByComparingTo("12");
        assertThat(Renewal.of(
                                GEORGIA,
                                LocalDate.of(2023, 12, 31),
                                LocalDate.of(2024, 12, 31),
                                List.of(),
                                LocalDate.of(2024, 6, 1))
                        .waived())
                .isFalse();
    }

    @Test
    void aFixedDateCredentialExpiresOnTheFirstOfSeptemberOfOddYearsOnly() {
        LocalDate certified = LocalDate.of(2022, 5, 10);
        assertThat(NEBRASKA.cycle().endsOn(LocalDate.of(2025, 9, 1), certified)).isTrue();
        assertThat(NEBRASKA.cycle().endsOn(LocalDate.of(2026, 9, 1), certified)).isFalse();
        assertThat(NEBRASKA.cycle().endsOn(LocalDate.of(2025, 9, 2), certified)).isFalse();
        assertThat(NEBRASKA.cycle().endAfter(LocalDate.of(2024, 3, 10), certified))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(NEBRASKA.cycle().endAfter(LocalDate.of(2025, 9, 1), certified))
                .isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(NEBRASKA.cycle().start(LocalDate.of(2027, 9, 1))).isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void aFixedDateCredentialWaivesHoursForHoldersCertifiedInTheTwelveMonthsBeforeRenewal() {
        LocalDate renewal = LocalDate.of(2025, 9, 1);
        assertThat(Renewal.of(NEBRASKA, LocalDate.of(2024, 9, 2), renewal, List.of(), LocalDate.of(2025, 8, 1))
                        .waived())
                .isTrue();
        Renewal.Standing yearAndADay =
                Renewal.of(NEBRASKA, LocalDate.of(2024, 9, 1), renewal, List.of(), LocalDate.of(2025, 8, 1));
        assertThat(yearAndADay.waived()).isFalse();
        assertThat(yearAndADay.missing())
                .extracting(Renewal.Line::missing)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20"), new BigDecimal("6"));
        assertThat(state(NEBRASKA, LocalDate.of(2022, 5, 10), renewal, renewal.plusDays(1)))
                .isEqualTo(State.LAPSED);
    }

    @Test
    void theExamYearSetsWhichYearsATwoYearFixedDateCycleEnds() {
        RuleSet wisconsinLike = RuleSetFiles.read("""
                {"id": "exam-year", "name": "Two-year, by exam year", "cycle": {"type": "FIXED_DATE", "years": 2,
                 "month": 8, "day": 30, "parity": "EXAM_YEAR"}, "totalHours": 20,
                 "sources": [{"fact": "a test", "source": "this test"}]}
                """);
        LocalDate examIn2020 = LocalDate.of(2020, 6, 1);
        assertThat(wisconsinLike.cycle().endsOn(LocalDate.of(2022, 8, 30), examIn2020))
                .isTrue();
        assertThat(wisconsinLike.cycle().endsOn(LocalDate.of(2023, 8, 30), examIn2020))
                .isFalse();
        assertThat(wisconsinLike.cycle().endsOn(LocalDate.of(2023, 8, 30), LocalDate.of(2021, 6, 1)))
                .isTrue();
    }

    @Test
    void hoursBeyondTheTotalCarryIntoTheNextCycleUpToTheRulesLimit() {
        RuleSet carrying = RuleSetFiles.read("""
                {"id": "carry", "name": "Carries five", "cycle": {"type": "CALENDAR_YEAR"}, "totalHours": 10,
                 "carryOverHours": 5, "sources": [{"fact": "a test", "source": "this test"}]}
                """);
        List<Training> done = List.of(
                training(LocalDate.of(2024, 4, 1), "18", Map.of()), training(LocalDate.of(2025, 2, 1), "2", Map.of()));
        Renewal.Standing standing = Renewal.of(
                carrying, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), done, LocalDate.of(2025, 3, 1));
        assertThat(standing.carriedIn()).isEqualByComparingTo("5");
        assertThat(line(standing, Need.TOTAL).done()).isEqualByComparingTo("7");
        assertThat(Renewal.of(ICRC, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), done, LocalDate.of(2025, 3, 1))
                        .carriedIn())
                .isEqualByComparingTo("0");
    }

    @Test
    void aRuleSetWhoseMinimumsExceedItsTotalIsRefusedFieldByField() {
        assertThatThrownBy(() -> RuleSetFiles.read("""
                        {"id": "Bad Id", "name": "", "cycle": {"type": "FIXED_DATE", "years": 3, "month": 2, "day": 29},
                         "totalHours": 10, "categoryHours": {"ETHICS": 6, "PEER_SPECIFIC": 6, "KNITTING": 1},
                         "approvedHours": 12, "graceDays": -1, "sources": []}
                        """))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "id",
                                        "name",
                                        "sources",
                                        "cycle.day",
                                        "categoryHours",
                                        "approvedHours",
                                        "graceDays")
                                .containsEntry(
                                        "approvedHours",
                                        "Hours from approved providers cannot be more than the total hours"));
        assertThatThrownBy(() -> RuleSetFiles.read("""
                        {"id": "over", "name": "Over", "cycle": {"type": "ANNIVERSARY", "years": 2}, "totalHours": 10,
                         "categoryHours": {"ETHICS": 6, "PEER_SPECIFIC": 6}, "sources": [{"fact": "f", "source": "s"}]}
                        """))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry(
                                        "categoryHours", "The category minimums add up to more than the total hours")));
        assertThatThrownBy(() -> RuleSetFiles.read("not json"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("ruleSet"));
    }

    private static State state(RuleSet rules, LocalDate certified, LocalDate expires, LocalDate today) {
        return Renewal.of(rules, certified, expires, List.of(), today).state();
    }

    private static Renewal.Line line(Renewal.Standing standing, Need need) {
        return standing.lines().stream()
                .filter(l -> l.need() == need)
                .findFirst()
                .orElseThrow();
    }

    private static Training training(LocalDate on, String hours, Map<HourCategory, String> split) {
        return new Training(
                UUID.randomUUID(),
                UUID.randomUUID(),
                on,
                "A training",
                "A provider",
                false,
                new BigDecimal(hours),
                split.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> new BigDecimal(e.getValue()))),
                null,
                Training.Source.TRAINING);
    }

    private static Training approved(LocalDate on, String hours, Map<HourCategory, String> split) {
        Training t = training(on, hours, split);
        return new Training(
                t.id(),
                t.staffId(),
                on,
                t.title(),
                "The network",
                true,
                t.hours(),
                t.categoryHours(),
                null,
                Training.Source.TRAINING);
    }

    static RuleSet shipped(String id) {
        try (InputStream in = RenewalRulesTests.class.getResourceAsStream("/workforce/rule-sets/" + id + ".json")) {
            return RuleSetFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
