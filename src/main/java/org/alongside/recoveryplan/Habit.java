package org.alongside.recoveryplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A habit in the person's wellness daily plan, with why it matters to them and who supports it,
 * its check-ins of the last four weeks (oldest first, a null where there was none) and its streak.
 */
public record Habit(
        UUID id,
        HabitArea area,
        String description,
        Frequency frequency,
        String whyItMatters,
        String supporterName,
        String supporterRelationship,
        @JsonIgnore Map<LocalDate, CheckInResult> checkIns,
        List<Day> lastFourWeeks,
        int streak) {

    public enum Frequency {
        DAILY("Every day", "day"),
        WEEKLY("Every week", "week");

        private final String label;
        private final String unit;

        Frequency(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        /** "1 day", "3 days", "1 week". */
        public String count(int n) {
            return n + " " + unit + (n == 1 ? "" : "s");
        }
    }

    /** One day of the four-week view. */
    public record Day(LocalDate date, CheckInResult result) {}
}
