package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.InstrumentPacks;
import org.alongside.outcomes.domain.ReliableChange;
import org.alongside.outcomes.domain.ReliableChange.Verdict;
import org.alongside.outcomes.domain.Score;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped packs scored on hand-computed examples: every band edge, prorating, safety, reliable change both ways. */
class ScoringTests {

    static Instrument shipped(String id) {
        try (InputStream in = ScoringTests.class.getResourceAsStream("/instruments/" + id + ".json")) {
            return InstrumentPacks.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Instrument PHQ9 = shipped("phq-9");
    private static final Instrument GAD7 = shipped("gad-7");
    private static final Instrument AUDIT_C = shipped("audit-c");

    /** Answers "1", "2", … in order; a null leaves that item out. */
    private static Map<String, Integer> answers(Integer... values) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(String.valueOf(i + 1), values[i]);
            }
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({
        "0, Minimal",
        "4, Minimal",
        "5, Mild",
        "9, Mild",
        "10, Moderate",
        "14, Moderate",
        "15, Moderately severe",
        "19, Moderately severe",
        "20, Severe",
        "27, Severe"
    })
    void everyPhq9BandEdge(int total, String band) {
        Integer[] values = new Integer[9];
        int rest = total;
        for (int i = 0; i < 9; i++) { // items 1 to 8 first; item 9 only for totals above 24
            values[i] = Math.min(3, rest);
            rest -= values[i];
        }
        Score score = Score.of(PHQ9, answers(values));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band().label().in(java.util.Locale.ENGLISH)).isEqualTo(band);
        assertThat(score.prorated()).isFalse();
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({"4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate", "15, Severe", "21, Severe"})
    void everyGad7BandEdge(int total, String band) {
        Integer[] values = new Integer[7];
        int rest = total;
        for (int i = 0; i < 7; i++) {
            values[i] = Math.min(3, rest);
            rest -= values[i];
        }
        Score score = Score.of(GAD7, answers(values));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band().label().in(java.util.Locale.ENGLISH)).isEqualTo(band);
    }

    @Test
    void auditCCountsItsThreeQuestionsAndNamesBothThresholds() {
        assertThat(Score.of(AUDIT_C, answers(1, 0, 1)).band().label().in(java.util.Locale.ENGLISH))
                .isEqualTo("Below the screening threshold");
        assertThat(Score.of(AUDIT_C, answers(1, 1, 1)).band().label().in(java.util.Locale.ENGLISH))
                .startsWith("At the threshold for women");
        assertThat(Score.of(AUDIT_C, answers(4, 4, 4)).total()).isEqualTo(12);
        assertThat(Score.of(AUDIT_C, answers(2, 1, 1)).band().label().in(new java.util.Locale("es")))
                .isEqualTo("En o por encima del umbral de detección");
    }

    @Test
    void aPhq9WithOneItemMissingIsProratedAndWithTwoIsKeptButNotScored() {
        // 8 answered, summing 9: 9 × 9 / 8 = 10.125, which rounds to 10 (moderate).
        Score one = Score.of(PHQ9, answers(1, 1, 1, 1, 1, 1, 1, 2, null));
        assertThat(one.total()).isEqualTo(10);
        assertThat(one.prorated()).isTrue();
        assertThat(one.missing()).isEqualTo(1);
        assertThat(one.band().label().in(java.util.Locale.ENGLISH)).isEqualTo("Moderate");

        // 7 answered, summing 7: 7 × 9 / 7 = 9 would be mild, but two missing is more than the pack allows.
        Score two = Score.of(PHQ9, answers(1, 1, 1, 1, 1, 1, 1, null, null));
        assertThat(two.scorable()).isFalse();
        assertThat(two.total()).isNull();
        assertThat(two.band()).isNull();
        assertThat(two.missing()).isEqualTo(2);

        // The GAD-7 pack allows no prorating: one missing item leaves it unscored.
        assertThat(Score.of(GAD7, answers(1, 1, 1, 1, 1, 1, null)).scorable()).isFalse();
    }

    @Test
    void phq9ItemNineAboveNothingAsksForASafetyResponseAndTheUnscoredDifficultyItemIsNotCounted() {
        Score thoughts = Score.of(PHQ9, answers(0, 0, 0, 0, 0, 0, 0, 0, 1, 3));
        assertThat(thoughts.needsSafetyResponse()).isTrue();
        assertThat(thoughts.safetyItems()).containsExactly("9");
        assertThat(thoughts.total()).isEqualTo(1);

        assertThat(Score.of(PHQ9, answers(3, 3, 3, 3, 3, 3, 3, 3, 0)).needsSafetyResponse())
                .isFalse();
    }

    @Test
    void anAnswerOutsideTheOptionsOrAnItemTheInstrumentDoesNotHaveIsRefusedByName() {
        Map<String, Integer> outside = answers(4, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> Score.of(PHQ9, outside))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("item-1", "Choose one of the answers this question offers"));
        Map<String, Integer> unknown = answers(0, 0, 0, 0, 0, 0, 0, 0, 0);
        unknown.put("11", 1);
        assertThatThrownBy(() -> Score.of(PHQ9, unknown))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("item-11", "This questionnaire has no such question"));
    }

    @Test
    void reliableChangeOnThePhq9IsSixPointsFromSdAndReliabilityInBothDirections() {
        assertThat(PHQ9.reliableChange().threshold()).isCloseTo(5.544, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ReliableChange.between(PHQ9, 15, 9).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(ReliableChange.between(PHQ9, 15, 10).verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(ReliableChange.between(PHQ9, 10, 16).verdict()).isEqualTo(Verdict.DETERIORATED);
        assertThat(ReliableChange.between(PHQ9, 10, 15).verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(ReliableChange.between(PHQ9, 15, 9).method())
                .contains("Jacobson & Truax")
                .contains("5.54");
    }

    @Test
    void reliableChangeOnTheGad7IsAFixedFourPointsAndAuditCHasNone() {
        assertThat(ReliableChange.between(GAD7, 12, 8).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(ReliableChange.between(GAD7, 12, 9).verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(ReliableChange.between(GAD7, 8, 12).verdict()).isEqualTo(Verdict.DETERIORATED);
        assertThat(ReliableChange.between(GAD7, 8, 12).method()).startsWith("a change of 4 points or more");
        ReliableChange alcohol = ReliableChange.between(AUDIT_C, 8, 2);
        assertThat(alcohol.verdict()).isEqualTo(Verdict.NOT_DEFINED);
        assertThat(alcohol.points()).isEqualTo(-6);
    }

    @Test
    void theShippedPacksCarryTheirCodesLicenceAndCitation() {
        assertThat(PHQ9.loincPanel()).isEqualTo("44249-1");
        assertThat(PHQ9.loincTotal()).isEqualTo("44261-6");
        assertThat(PHQ9.item("9").orElseThrow().loinc()).isEqualTo("44260-8");
        assertThat(GAD7.loincPanel()).isEqualTo("69737-5");
        assertThat(GAD7.loincTotal()).isEqualTo("70274-6");
        assertThat(AUDIT_C.loincPanel()).isEqualTo("72109-2");
        assertThat(PHQ9.licence()).contains("No permission required to reproduce");
        assertThat(PHQ9.citation()).contains("Kroenke");
        assertThat(PHQ9.lowestTotal()).isZero();
        assertThat(PHQ9.highestTotal()).isEqualTo(27);
    }
}
