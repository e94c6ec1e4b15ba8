package org.alongside.staff;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditEvent.Outcome;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.domain.StaffMember;
import org.alongside.staff.domain.StaffMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an email and password, for the sign-in form and for issuing API tokens. After too many
 * failures within a window the account is locked for a while, with a message that says so.
 * Every attempt is audited.
 */
@Component
public class StaffSignIn implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "The email address or password is not right.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StaffMembers staff;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private volatile String unknownAccountHash;

    StaffSignIn(
            StaffMembers staff,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${alongside.sign-in.max-failures:10}") int maxFailures,
            @Value("${alongside.sign-in.failure-window:15m}") Duration window,
            @Value("${alongside.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.staff = staff;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        CurrentUser user = signIn(email, password);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Returns the person signed in, or throws with a message that may be shown to them. */
    public CurrentUser signIn(String email, String password) {
        Optional<StaffMember> found =
                email.isEmpty() || email.length() > 254 ? Optional.empty() : staff.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, unknownAccountHash());
            audit.record(AuditEvent.of(null, "signin.failure", "staff", null)
                    .withOutcome(Outcome.FAILURE)
                    .withDetail("unknown account"));
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        StaffMember member = found.get();
        Instant now = Instant.now();
        if (member.isLockedAt(now)) {
            audit.record(failure(member.id(), "locked"));
            throw locked(member.lockedUntil());
        }
        if (!passwords.matches(password, member.passwordHash())) {
            Instant lockedUntil = recordFailure(member.id(), now);
            if (lockedUntil != null) {
                throw locked(lockedUntil);
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!member.active()) {
            audit.record(failure(member.id(), "deactivated"));
            throw new DisabledException("This account is deactivated. Please ask an administrator.");
        }
        transaction.executeWithoutResult(s -> {
            jdbc.sql("delete from sign_in_failure where staff_id = :id")
                    .param("id", member.id())
                    .update();
            audit.record(AuditEvent.of(member.id(), "signin.success", "staff", member.id()));
        });
        return member.toCurrentUser();
    }

    /** Records a failed attempt; returns when the account is now locked until, or null. */
    private Instant recordFailure(UUID staffId, Instant now) {
        return transaction.execute(s -> {
            jdbc.sql("insert into sign_in_failure (staff_id, failed_at) values (:id, :at)")
                    .param("id", staffId)
                    .param("at", Timestamp.from(now))
                    .update();
            long recent = jdbc.sql("select count(*) from sign_in_failure where staff_id = :id and failed_at > :since")
                    .param("id", staffId)
                    .param("since", Timestamp.from(now.minus(window)))
                    .query(Long.class)
                    .single();
            Instant until = null;
            if (recent >= maxFailures) {
                until = now.plus(lockDuration);
                jdbc.sql("update staff_member set locked_until = :until where id = :id")
                        .param("until", Timestamp.from(until))
                        .param("id", staffId)
                        .update();
                jdbc.sql("delete from sign_in_failure where staff_id = :id")
                        .param("id", staffId)
                        .update();
            }
            audit.record(failure(staffId, until == null ? "wrong password" : "wrong password; locked"));
            return until;
        });
    }

    private static AuditEvent failure(UUID staffId, String detail) {
        return AuditEvent.of(staffId, "signin.failure", "staff", staffId)
                .withOutcome(Outcome.FAILURE)
                .withDetail(detail);
    }

    private static LockedException locked(Instant until) {
        return new LockedException("Too many failed sign-ins. This account is locked until "
                + TIME.format(until.atZone(ZoneId.systemDefault()))
                + ". Try again then, or ask an administrator to reset your password.");
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
        }
        return unknownAccountHash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
