package org.alongside;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Ways of reading the time around the clock bean, planted so the clock rule is seen to refuse each. */
final class PlantedClockReaders {

    private PlantedClockReaders() {}

    static LocalDate today() {
        return LocalDate.now();
    }

    static LocalDate todayIn(ZoneId zone) {
        return LocalDate.now(zone);
    }

    static Clock aFieldClock() {
        return Clock.systemDefaultZone();
    }

    static long millis() {
        return System.currentTimeMillis();
    }

    /** Allowed: the time read from a clock handed in. */
    static Instant from(Clock clock) {
        return Instant.now(clock);
    }
}
