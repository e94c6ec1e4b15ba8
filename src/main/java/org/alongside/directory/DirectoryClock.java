package org.alongside.directory;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's time zone, in which schedules without an offset are read (setting
 * {@code alongside.directory.time-zone}, an IANA name such as America/New_York; the server's zone
 * by default), and the clock "open now" is asked on.
 */
@Component
public class DirectoryClock {

    private final ZoneId zone;
    private final Clock clock;

    DirectoryClock(@Value("${alongside.directory.time-zone:}") String zone) {
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.clock = Clock.system(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }
}
