package org.alongside.outcomes;

import java.util.Locale;
import java.util.Map;
import org.alongside.outcomes.domain.Instrument;

/**
 * What a report needs of an instrument to judge change: its title in each language, whether lower
 * totals are better, the smallest reliable change in points (null when the pack gives no rule) and
 * the method in words, and its LOINC total code.
 */
public record ChangeRule(
        String instrumentId,
        String version,
        Map<String, String> titles,
        boolean lowerIsBetter,
        Double threshold,
        String method,
        String loincTotal) {

    static ChangeRule of(Instrument instrument) {
        Instrument.ReliableChangeRule rule = instrument.reliableChange();
        return new ChangeRule(
                instrument.id(),
                instrument.version(),
                Map.copyOf(instrument.title().byLanguage()),
                instrument.lowerIsBetter(),
                rule == null ? null : rule.threshold(),
                rule == null ? null : rule.method(),
                instrument.loincTotal());
    }

    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.get("en"));
    }
}
