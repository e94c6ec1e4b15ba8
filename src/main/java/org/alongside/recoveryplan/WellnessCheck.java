package org.alongside.recoveryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One self-check: how the person rated each dimension of wellness on a day, in their own words. */
public record WellnessCheck(UUID id, LocalDate takenOn, List<Rating> ratings) {

    public WellnessCheck {
        ratings = List.copyOf(ratings);
    }

    /** A dimension's rating 0–10, with what the person sees as strengths, wants and barriers. */
    public record Rating(
            WellnessDimension dimension, Integer rating, String strengths, String wants, String barriers) {}

    public Integer ratingOf(WellnessDimension dimension) {
        return ratings.stream()
                .filter(r -> r.dimension() == dimension)
                .map(Rating::rating)
                .findFirst()
                .orElse(null);
    }
}
