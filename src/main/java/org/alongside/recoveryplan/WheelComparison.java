package org.alongside.recoveryplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Two self-checks side by side, dimension by dimension: what moved, and which way. */
public record WheelComparison(LocalDate from, LocalDate to, List<Change> changes) {

    public record Change(WellnessDimension dimension, int before, int after) {
        @JsonProperty
        public int difference() {
            return after - before;
        }
    }

    public static WheelComparison of(WellnessCheck from, WellnessCheck to) {
        List<Change> changes = Arrays.stream(WellnessDimension.values())
                .map(d -> new Change(d, from.ratingOf(d), to.ratingOf(d)))
                .toList();
        return new WheelComparison(from.takenOn(), to.takenOn(), changes);
    }

    @JsonIgnore
    public List<Change> grown() {
        return changes.stream().filter(c -> c.difference() > 0).toList();
    }

    @JsonIgnore
    public List<Change> lower() {
        return changes.stream().filter(c -> c.difference() < 0).toList();
    }
}
