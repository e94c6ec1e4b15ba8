package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.BrowserlessSession;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in failures pause an email only from the address they came from, for known and unknown
 * emails alike, and too many failures from one address pause that address.
 */
@AlongsideTest
class SignInThrottleTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    private BrowserlessSession from(String address) {
        return new BrowserlessSession(port, Map.of("X-Forwarded-For", address));
    }

    private String failTenTimes(BrowserlessSession browser, String email) throws Exception {
        for (int i = 0; i < 10; i++) {
            browser.signIn(email, "wrong password " + i);
        }
        browser.signIn(email, "wrong again");
        return browser.get("/signin?error").body();
    }

    @Test
    void anUnknownEmailIsPausedExactlyLikeAKnownOne() throws Exception {
        CurrentUser known = new Fixtures(context).account("known-" + System.nanoTime(), "Known", Role.PEER_WORKER);
        String forKnown = failTenTimes(from(address()), known.email());
        String forUnknown = failTenTimes(from(address()), "nobody-" + UUID.randomUUID() + "@test.example");
        assertThat(forKnown).contains("Too many failed sign-ins. This account is locked until");
        assertThat(forUnknown).contains("Too many failed sign-ins. This account is locked until");
        assertThat(forUnknown).contains("<time").contains("data-local-time");
    }

    @Test
    void failuresFromOneAddressDoNotLockThePersonOutElsewhere() throws Exception {
        CurrentUser worker = new Fixtures(context).account("target-" + System.nanoTime(), "Target", Role.PEER_WORKER);
        BrowserlessSession attacker = from(address());
        failTenTimes(attacker, worker.email());
        HttpResponse<String> attackerRight = attacker.signIn(worker.email(), Fixtures.PASSWORD);
        assertThat(attackerRight.headers().firstValue("Location"))
                .as("paused for the address that failed, even with the right password")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin?error"));
        BrowserlessSession owner = from("203.0.113.77");
        owner.signIn(worker.email(), Fixtures.PASSWORD);
        assertThat(owner.get("/people").statusCode())
                .as("the owner, elsewhere, signs in")
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from sign_in_lock")
                        .query(Long.class)
                        .single())
                .as("emails are kept only as hashes")
                .isPositive();
        assertThat(jdbc.sql("select count(*) from sign_in_lock where octet_length(email_hash) <> 32")
                        .query(Long.class)
                        .single())
                .as("an email is kept only as its 32-byte SHA-256")
                .isZero();
    }

    @Test
    void tooManyFailuresFromOneAddressPauseThatAddressForEveryEmail() {
        SignInThrottle throttle =
                new SignInThrottle(jdbc, 10, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), Clock.systemUTC());
        String address = "192.0.2." + (1 + (int) (Math.random() * 250)) + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.addressPausedUntil(address, now)).isEmpty();
            throttle.failed("person" + i + "@test.example", address, now);
        }
        assertThat(throttle.addressPausedUntil(address, now))
                .hasValueSatisfying(until -> assertThat(until).isAfter(now.plus(Duration.ofMinutes(14))));
        assertThat(throttle.addressPausedUntil("elsewhere-" + address, now)).isEmpty();
    }
}
