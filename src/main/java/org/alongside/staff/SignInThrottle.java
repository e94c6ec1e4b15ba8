package org.alongside.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per (email, client address) and per client address. Too many for an
 * email from one address pause that email from that address; too many from one address pause the
 * address. Known and unknown emails are treated alike, and someone else's failures from another
 * address never lock a person out. Emails are kept only as their SHA-256.
 */
@Component
class SignInThrottle {

    private final Clock clock;

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockDuration;

    SignInThrottle(
            JdbcClient jdbc,
            @Value("${alongside.sign-in.max-failures:10}") int maxFailures,
            @Value("${alongside.sign-in.max-failures-per-address:100}") int maxFailuresPerAddress,
            @Value("${alongside.sign-in.failure-window:15m}") Duration window,
            @Value("${alongside.sign-in.lock-duration:15m}") Duration lockDuration,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** Until when sign-in for this email from this address is paused, if it is. */
    Optional<Instant> pausedUntil(String email, String client, Instant now) {
        return jdbc.sql("""
                select locked_until from sign_in_lock
                where email_hash = :e and client = :c and locked_until > :now
                """)
                .param("e", hash(email))
                .param("c", client)
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Until when this address may not try again, if it has failed too often with any email. */
    Optional<Instant> addressPausedUntil(String client, Instant now) {
        Timestamp oldestCounted = jdbc.sql("""
                select min(failed_at) from (select failed_at from sign_in_attempt
                    where client = :c and failed_at > :since order by failed_at desc limit :max) recent
                having count(*) >= :max
                """)
                .param("c", client)
                .param("since", Timestamp.from(now.minus(window)))
                .param("max", maxFailuresPerAddress)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return oldestCounted == null
                ? Optional.empty()
                : Optional.of(oldestCounted.toInstant().plus(window));
    }

    /** Records a failure; answers until when the email is now paused from this address, if it is. */
    Optional<Instant> failed(String email, String client, Instant now) {
        byte[] key = hash(email);
        jdbc.sql("insert into sign_in_attempt (email_hash, client, failed_at) values (:e, :c, :at)")
                .param("e", key)
                .param("c", client)
                .param("at", Timestamp.from(now))
                .update();
        long recent = jdbc.sql("""
                select count(*) from sign_in_attempt where email_hash = :e and client = :c and failed_at > :since
                """)
                .param("e", key)
                .param("c", client)
                .param("since", Timestamp.from(now.minus(window)))
                .query(Long.class)
                .single();
        if (recent < maxFailures) {
            return Optional.empty();
        }
        Instant until = now.plus(lockDuration);
        jdbc.sql("""
                insert into sign_in_lock (email_hash, client, locked_until) values (:e, :c, :until)
                on conflict (email_hash, client) do update set locked_until = excluded.locked_until
                """)
                .param("e", key)
                .param("c", client)
                .param("until", Timestamp.from(until))
                .update();
        jdbc.sql("delete from sign_in_attempt where email_hash = :e and client = :c")
                .param("e", key)
                .param("c", client)
                .update();
        return Optional.of(until);
    }

    /** A successful sign-in from this address clears its failures and pause for the email. */
    void succeeded(String email, String client) {
        byte[] key = hash(email);
        jdbc.sql("delete from sign_in_attempt where email_hash = :e and client = :c")
                .param("e", key)
                .param("c", client)
                .update();
        jdbc.sql("delete from sign_in_lock where email_hash = :e and client = :c")
                .param("e", key)
                .param("c", client)
                .update();
    }

    /** A new password from an administrator lifts every pause on the email. */
    void clear(String email) {
        jdbc.sql("delete from sign_in_lock where email_hash = :e")
                .param("e", hash(email))
                .update();
        jdbc.sql("delete from sign_in_attempt where email_hash = :e")
                .param("e", hash(email))
                .update();
    }

    @Scheduled(fixedDelayString = "PT10M")
    void forgetOldAttempts() {
        jdbc.sql("delete from sign_in_attempt where failed_at < :before")
                .param("before", Timestamp.from(Instant.now(clock).minus(window)))
                .update();
        jdbc.sql("delete from sign_in_lock where locked_until < :now")
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    private static byte[] hash(String email) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
