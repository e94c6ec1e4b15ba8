package org.alongside.workforce.web;

import java.math.BigDecimal;
import java.util.List;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.alongside.workforce.Credentials.Held;
import org.alongside.workforce.domain.Renewal;
import org.springframework.stereotype.Component;

/**
 * What a credential still needs, in words ("2 more ethics hours by 31 December 2026"), one sentence
 * per thing missing; or that nothing is, or that the cycle is waived. Templates call it as
 * {@code ${@renewalWords.missing(held)}}.
 */
@Component("renewalWords")
class RenewalWords {

    private final Texts texts;
    private final Dates dates;

    RenewalWords(Texts texts, Dates dates) {
        this.texts = texts;
        this.dates = dates;
    }

    public List<String> missing(Held held) {
        Renewal.Standing standing = held.standing();
        if (held.rules() == null) {
            return List.of();
        }
        if (standing.waived()) {
            return List.of(texts.of("workforce.waived"));
        }
        if (standing.complete()) {
            return List.of(texts.of("workforce.complete"));
        }
        String by = dates.record(standing.expiresOn());
        return standing.missing().stream()
                .map(line -> switch (line.need()) {
                    case TOTAL -> texts.of("workforce.missing.total", hours(line.missing()), by);
                    case CATEGORY -> texts.of("workforce.missing.category", hours(line.missing()), category(line), by);
                    case TRAININGS ->
                        texts.of("workforce.missing.trainings", line.missing().intValue(), category(line), by);
                    case APPROVED -> texts.of("workforce.missing.approved", hours(line.missing()), by);
                })
                .toList();
    }

    /** "14 of 20 hours", "1 of 1 ethics training": a line of progress. */
    public String progress(Renewal.Line line) {
        return switch (line.need()) {
            case TOTAL -> texts.of("workforce.progress.total", hours(line.done()), hours(line.needed()));
            case CATEGORY ->
                texts.of("workforce.progress.category", hours(line.done()), hours(line.needed()), category(line));
            case TRAININGS ->
                texts.of(
                        "workforce.progress.trainings",
                        line.done().intValue(),
                        line.needed().intValue(),
                        category(line));
            case APPROVED -> texts.of("workforce.progress.approved", hours(line.done()), hours(line.needed()));
        };
    }

    /** How far along a line is, 0 to 100, for its bar. */
    public int percent(Renewal.Line line) {
        if (line.needed().signum() == 0) {
            return 100;
        }
        return line.done()
                .min(line.needed())
                .multiply(BigDecimal.valueOf(100))
                .divide(line.needed(), 0, java.math.RoundingMode.DOWN)
                .intValue();
    }

    private String category(Renewal.Line line) {
        return texts.of("workforce.category.lower." + line.category());
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
