package org.alongside.outcomes.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as its pack describes it: items and their answers, how the total is counted, the
 * bands a total falls in, whether lower or higher is better, what counts as reliable change, LOINC
 * codes, licence and citation. Made only by {@link InstrumentPacks}, which checks that its parts agree.
 */
public record Instrument(
        String id,
        String version,
        Words title,
        Words instructions,
        List<Item> items,
        Scoring scoring,
        List<Band> bands,
        boolean lowerIsBetter,
        ReliableChangeRule reliableChange,
        String loincPanel,
        String loincTotal,
        String licence,
        String citation) {

    /** Text by language tag; English is always there. */
    public record Words(Map<String, String> byLanguage) {
        public String in(Locale locale) {
            return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("en"));
        }

        /** Whether the text is written in the reader's language (otherwise it is shown in English). */
        public boolean has(Locale locale) {
            return byLanguage.containsKey(locale.getLanguage());
        }
    }

    public record Option(int value, Words text) {}

    /** One question; an unscored one (such as PHQ-9's "how difficult") is asked and kept but not counted. */
    public record Item(String id, Words text, List<Option> options, boolean scored, boolean safety, String loinc) {

        public int lowest() {
            return options.stream().mapToInt(Option::value).min().orElse(0);
        }

        public int highest() {
            return options.stream().mapToInt(Option::value).max().orElse(0);
        }

        public boolean allows(int value) {
            return options.stream().anyMatch(o -> o.value() == value);
        }
    }

    /** A sum of item values (reverse-scored items counted from the other end), times a whole factor. */
    public record Scoring(
            int factor, List<String> reverse, int prorateMaxMissing, String prorateSource, List<Subscale> subscales) {}

    public record Subscale(String id, Words title, List<String> items) {}

    public record Band(int from, int to, Words label) {
        public boolean holds(int total) {
            return total >= from && total <= to;
        }
    }

    /**
     * What change counts as reliable: a fixed number of points, or Jacobson and Truax's
     * {@code 1.96 × SD × √2 × √(1 − r)} from the pack's SD and reliability.
     */
    public record ReliableChangeRule(Double points, Double sd, Double reliability, String source) {

        /** The smallest change that is reliable, in points. */
        public double threshold() {
            return points != null ? points : 1.96 * sd * Math.sqrt(2) * Math.sqrt(1 - reliability);
        }

        /** How the threshold was found, in words a report can print beside it. */
        public String method() {
            return points != null
                    ? "a change of %s points or more (%s)".formatted(number(points), source)
                    : "Jacobson & Truax: 1.96 × SD %s × √2 × √(1 − r %s) = %.2f points (%s)"
                            .formatted(number(sd), number(reliability), threshold(), source);
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public List<Item> scoredItems() {
        return items.stream().filter(Item::scored).toList();
    }

    /** The band a total falls in (the pack's bands cover every possible total). */
    public Band band(int total) {
        return bands.stream().filter(b -> b.holds(total)).findFirst().orElseThrow();
    }

    public int lowestTotal() {
        return scoredItems().stream().mapToInt(Item::lowest).sum() * scoring.factor();
    }

    public int highestTotal() {
        return scoredItems().stream().mapToInt(Item::highest).sum() * scoring.factor();
    }
}
