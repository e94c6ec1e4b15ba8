package org.alongside;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system time until a test sets it, and the system time
 * again after {@link #reset()}; every zone view of it follows the same setting.
 */
@Primary
public final class TestClock extends Clock {

    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(), ZoneId.systemDefault());
    }

    private TestClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    /** From now on the application reads {@code instant} as the time, until {@link #reset()}. */
    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(fixed, other);
    }

    @Override
    public Instant instant() {
        Instant set = fixed.get();
        return set == null ? Instant.now() : set;
    }
}
