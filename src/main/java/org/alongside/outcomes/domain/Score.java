package org.alongside.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.outcomes.domain.Instrument.Item;
import org.alongside.shared.InvalidInputException;

/**
 * A response counted by its instrument: the total (null when too many items are missing), its band,
 * each sub-scale whose items were all answered, how many scored items are missing, whether the total
 * was prorated (the pack allows it, and says how), and the safety items answered above their lowest value.
 */
public record Score(
        Integer total,
        Instrument.Band band,
        Map<String, Integer> subscales,
        int missing,
        boolean prorated,
        List<String> safetyItems) {

    public boolean scorable() {
        return total != null;
    }

    public boolean needsSafetyResponse() {
        return !safetyItems.isEmpty();
    }

    /**
     * Scores {@code answers} (item id to the value of the option chosen; an item left out is
     * missing). An item the instrument does not have, or a value none of its options has, is refused.
     */
    public static Score of(Instrument instrument, Map<String, Integer> answers) {
        check(instrument, answers);
        int sum = 0;
        int answered = 0;
        List<String> safety = new ArrayList<>();
        for (Item item : instrument.items()) {
            Integer value = answers.get(item.id());
            if (value != null && item.safety() && value > item.lowest()) {
                safety.add(item.id());
            }
            if (value != null && item.scored()) {
                sum += counted(instrument, item, value);
                answered++;
            }
        }
        int scored = instrument.scoredItems().size();
        int missing = scored - answered;
        Instrument.Scoring rule = instrument.scoring();
        Integer total = null;
        if (missing == 0) {
            total = sum * rule.factor();
        } else if (missing <= rule.prorateMaxMissing()) {
            total = BigDecimal.valueOf(sum)
                            .multiply(BigDecimal.valueOf(scored))
                            .divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP)
                            .intValueExact()
                    * rule.factor();
        }
        Map<String, Integer> subscales = new LinkedHashMap<>();
        for (Instrument.Subscale subscale : rule.subscales()) {
            if (subscale.items().stream().allMatch(answers::containsKey)) {
                subscales.put(
                        subscale.id(),
                        subscale.items().stream()
                                        .mapToInt(id -> counted(
                                                instrument, instrument.item(id).orElseThrow(), answers.get(id)))
                                        .sum()
                                * rule.factor());
            }
        }
        return new Score(
                total,
                total == null ? null : instrument.band(total),
                Map.copyOf(subscales),
                missing,
                total != null && missing > 0,
                List.copyOf(safety));
    }

    private static int counted(Instrument instrument, Item item, int value) {
        return instrument.scoring().reverse().contains(item.id()) ? item.lowest() + item.highest() - value : value;
    }

    private static void check(Instrument instrument, Map<String, Integer> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        answers.forEach((id, value) -> {
            Item item = instrument.item(id).orElse(null);
            if (item == null) {
                errors.put("item-" + id, "This questionnaire has no such question");
            } else if (value != null && !item.allows(value)) {
                errors.put("item-" + id, "Choose one of the answers this question offers");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
