package org.alongside.supervision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule every assessment on a 1-to-4 scale follows (a worker's competencies, a supervisor's own
 * practice): a day not in the future, at least one item scored, each from 1 to 4; and how the
 * scores are kept, as a JSON object by item name.
 */
final class Scores {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Scores() {}

    /** The scores given (unscored items left out), or the refusal naming {@code assessedOn} and {@code scores}. */
    static <E extends Enum<E>> Map<E, Integer> checked(
            Class<E> items, LocalDate on, Map<E, Integer> scores, LocalDate today, Map<String, String> errors) {
        if (on == null) {
            errors.put("assessedOn", "Give the day of the assessment");
        } else if (on.isAfter(today)) {
            errors.put("assessedOn", "An assessment cannot be dated in the future");
        }
        Map<E, Integer> kept = new EnumMap<>(items);
        (scores == null ? Map.<E, Integer>of() : scores).forEach((item, score) -> {
            if (score != null) {
                kept.put(item, score);
            }
        });
        if (kept.isEmpty() || kept.values().stream().anyMatch(s -> s < 1 || s > 4)) {
            errors.put("scores", "Score at least one competency, each from 1 to 4");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return kept;
    }

    static String json(Map<? extends Enum<?>, Integer> scores) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        scores.forEach((item, score) -> stored.put(item.name(), score));
        return JSON.writeValueAsString(stored);
    }

    static <E extends Enum<E>> Map<E, Integer> read(Class<E> items, String json) {
        Map<E, Integer> scores = new EnumMap<>(items);
        JSON.readTree(json)
                .properties()
                .forEach(e ->
                        scores.put(Enum.valueOf(items, e.getKey()), e.getValue().asInt()));
        return scores;
    }
}
