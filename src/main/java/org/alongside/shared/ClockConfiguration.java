package org.alongside.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads the time from (today, reminders, follow-ups, opening hours,
 * expiry, streaks, sessions): the system clock in the organisation's time zone, setting {@code
 * alongside.time-zone} (an IANA name such as America/New_York; the server's zone by default). The
 * architecture tests refuse any other way of reading the time, so a test can set this one.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(@Value("${alongside.time-zone:${alongside.directory.time-zone:}}") String zone) {
        return Clock.system(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip()));
    }
}
