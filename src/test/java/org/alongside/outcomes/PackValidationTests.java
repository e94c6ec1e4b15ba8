package org.alongside.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alongside.outcomes.domain.InstrumentPacks;
import org.alongside.outcomes.domain.InvalidPackException;
import org.alongside.outcomes.domain.PackProblem;
import org.junit.jupiter.api.Test;

/** A pack is refused with the exact problem: duplicate ids, options without values, unknown items, bands that overlap or leave gaps. */
class PackValidationTests {

    /** A two-item pack (totals 0 to 6) with the parts given; everything else valid. */
    private static String pack(String items, String scoring, String bands) {
        return """
                {"id": "own-check", "version": "1", "title": {"en": "Our check-in"},
                 "options": [{"value": 0, "text": {"en": "No"}}, {"value": 1, "text": {"en": "A little"}},
                             {"value": 2, "text": {"en": "Some"}}, {"value": 3, "text": {"en": "A lot"}}],
                 "items": %s, "scoring": %s, "bands": %s, "direction": "higher-is-better",
                 "licence": "Ours", "citation": "Our program, 2026"}
                """.formatted(items, scoring, bands);
    }

    private static final String ITEMS = """
            [{"id": "a", "text": {"en": "I felt hopeful"}}, {"id": "b", "text": {"en": "I felt connected"}}]""";
    private static final String SUM = "{\"method\": \"sum\"}";
    private static final String BANDS = """
            [{"from": 0, "to": 2, "label": {"en": "Low"}}, {"from": 3, "to": 6, "label": {"en": "Higher"}}]""";

    private static List<PackProblem> problems(String json) {
        try {
            InstrumentPacks.read(json);
        } catch (InvalidPackException e) {
            return e.problems();
        }
        throw new AssertionError("the pack was accepted");
    }

    @Test
    void aCompletePackIsReadWithItsReverseScoredItemAndSubScale() {
        var instrument = InstrumentPacks.read(pack(
                ITEMS,
                "{\"method\": \"sum\", \"reverse\": [\"b\"], \"subscales\": [{\"id\": \"hope\", \"title\": {\"en\": \"Hope\"}, \"items\": [\"a\"]}]}",
                BANDS));
        var score = org.alongside.outcomes.domain.Score.of(instrument, java.util.Map.of("a", 3, "b", 1));
        assertThat(score.total()).isEqualTo(3 + (3 - 1));
        assertThat(score.subscales()).containsEntry("hope", 3);
        assertThat(instrument.lowerIsBetter()).isFalse();
    }

    @Test
    void duplicateItemIdsAreNamed() {
        assertThat(problems(pack(
                        "[{\"id\": \"a\", \"text\": {\"en\": \"One\"}}, {\"id\": \"a\", \"text\": {\"en\": \"Two\"}}]",
                        SUM,
                        BANDS)))
                .contains(new PackProblem("items[1]", "instrument.problem.duplicateItem", List.of("a")));
    }

    @Test
    void anOptionWithoutAValueIsNamedWhereItIs() {
        assertThat(problems(pack(
                        "[{\"id\": \"a\", \"text\": {\"en\": \"One\"}, \"options\": [{\"value\": 0, \"text\": {\"en\": \"No\"}}, {\"text\": {\"en\": \"Yes\"}}]}]",
                        SUM,
                        BANDS)))
                .extracting(PackProblem::key, PackProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "instrument.problem.optionWithoutValue", "items[0].options[1]"));
    }

    @Test
    void aScoringRuleNamingAnItemThePackDoesNotHaveIsNamed() {
        assertThat(problems(pack(ITEMS, "{\"method\": \"sum\", \"reverse\": [\"z\"]}", BANDS)))
                .containsExactly(new PackProblem("scoring.reverse", "instrument.problem.unknownItem", List.of("z")));
        assertThat(problems(pack(
                        ITEMS,
                        "{\"method\": \"sum\", \"subscales\": [{\"id\": \"s\", \"title\": {\"en\": \"S\"}, \"items\": [\"a\", \"q\"]}]}",
                        BANDS)))
                .containsExactly(
                        new PackProblem("scoring.subscales[0]", "instrument.problem.unknownItem", List.of("q")));
    }

    @Test
    void bandsThatOverlapLeaveAGapOrGoPastThePossibleTotalsAreNamedWithTheirRange() {
        assertThat(
                        problems(
                                pack(
                                        ITEMS,
                                        SUM,
                                        "[{\"from\": 0, \"to\": 3, \"label\": {\"en\": \"L\"}}, {\"from\": 3, \"to\": 6, \"label\": {\"en\": \"H\"}}]")))
                .containsExactly(new PackProblem("bands", "instrument.problem.bandsOverlap", List.of(3, 3)));
        assertThat(
                        problems(
                                pack(
                                        ITEMS,
                                        SUM,
                                        "[{\"from\": 0, \"to\": 2, \"label\": {\"en\": \"L\"}}, {\"from\": 4, \"to\": 6, \"label\": {\"en\": \"H\"}}]")))
                .containsExactly(new PackProblem("bands", "instrument.problem.bandsGap", List.of(3, 3)));
        assertThat(problems(pack(ITEMS, SUM, "[{\"from\": 0, \"to\": 5, \"label\": {\"en\": \"L\"}}]")))
                .containsExactly(new PackProblem("bands", "instrument.problem.bandsGap", List.of(6, 6)));
        assertThat(problems(pack(ITEMS, SUM, "[{\"from\": 0, \"to\": 9, \"label\": {\"en\": \"L\"}}]")))
                .containsExactly(new PackProblem("bands", "instrument.problem.bandOutside", List.of(0, 9, 0, 6)));
    }

    @Test
    void aMissingFieldAReliableChangeWithBothRulesAndTextThatIsNotJsonAreRefused() {
        assertThat(problems("{\"id\": \"x\"}")).extracting(PackProblem::key).contains("instrument.problem.missing");
        assertThat(problems("not json")).extracting(PackProblem::key).containsExactly("instrument.problem.notJson");
        String both = pack(ITEMS, SUM, BANDS)
                .replace(
                        "\"direction\"",
                        "\"reliableChange\": {\"points\": 2, \"sd\": 1, \"reliability\": 0.8, \"source\": \"x\"}, \"direction\"");
        assertThat(problems(both))
                .extracting(PackProblem::key)
                .containsExactly("instrument.problem.reliableChangeRule");
    }

    @Test
    void aPackThatAllowsProratingEveryItemIsRefused() {
        assertThat(problems(pack(ITEMS, "{\"method\": \"sum\", \"prorate\": {\"maxMissing\": 2}}", BANDS)))
                .containsExactly(
                        new PackProblem("scoring.prorate", "instrument.problem.prorateTooMany", List.of(2, 2L)));
    }

    @Test
    void theExamplePackInTheDocumentationIsValidAndScoresItsReverseItem() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/instruments.md"));
        String json = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));
        var instrument = InstrumentPacks.read(json);
        var score =
                org.alongside.outcomes.domain.Score.of(instrument, java.util.Map.of("1", 3, "2", 2, "3", 0, "4", 3));
        assertThat(score.total()).isEqualTo(3 + 2 + 3 + 3);
        assertThat(score.band().label().in(java.util.Locale.ENGLISH)).isEqualTo("Strong connection");
        assertThat(score.subscales()).containsEntry("people", 6);
    }

    @Test
    void nothingWrongWithTheShippedPacks() {
        for (String id : List.of("phq-9", "gad-7", "audit-c")) {
            assertThat(ScoringTests.shipped(id).id()).isEqualTo(id);
        }
    }
}
