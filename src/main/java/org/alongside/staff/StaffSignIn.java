package org.alongside.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditEvent.Outcome;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.domain.StaffMember;
import org.alongside.staff.domain.StaffMembers;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks an email and password, for the sign-in form and for issuing API tokens. Too many failures
 * for an email from one address pause that email from that address for a while, known or unknown
 * alike (see {@link SignInThrottle}), with a message that says until when. Every attempt is audited.
 */
@Component
public class StaffSignIn implements AuthenticationProvider {

    private final Clock clock;

    static final String BAD_CREDENTIALS = "The email address or password is not right.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StaffMembers staff;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SignInThrottle throttle;
    private volatile String unknownAccountHash;

    StaffSignIn(
            StaffMembers staff,
            PasswordEncoder passwords,
            AuditLog audit,
            TransactionTemplate transaction,
            SignInThrottle throttle,
            Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.throttle = throttle;
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

    /**
     * Returns the person signed in, or throws with a message that may be shown to them. A known
     * and an unknown email answer alike, and pauses are per (email, client address).
     */
    public CurrentUser signIn(String email, String password) {
        Instant now = Instant.now(clock);
        String client = clientAddress();
        Optional<Instant> addressPaused = throttle.addressPausedUntil(client, now);
        if (addressPaused.isPresent()) {
            audit.record(AuditEvent.of(null, StaffActions.SIGN_IN_FAILED, "staff", null)
                    .withOutcome(Outcome.FAILURE)
                    .withDetail("address paused"));
            throw new SignInPaused(
                    "Too many failed sign-ins from this address. Try again after " + utc(addressPaused.get()) + ".",
                    addressPaused.get(),
                    true);
        }
        Optional<StaffMember> found =
                email.isEmpty() || email.length() > 254 ? Optional.empty() : staff.findByEmail(email);
        Optional<Instant> paused = throttle.pausedUntil(email, client, now);
        if (paused.isPresent()) {
            audit.record(found.map(m -> failure(m.id(), "locked")).orElseGet(() -> unknown("locked")));
            throw locked(paused.get());
        }
        boolean right =
                passwords.matches(password, found.map(StaffMember::passwordHash).orElseGet(this::unknownAccountHash));
        if (found.isEmpty() || !right) {
            Optional<Instant> until = transaction.execute(s -> {
                audit.record(
                        found.map(m -> failure(m.id(), "wrong password")).orElseGet(() -> unknown("unknown account")));
                return throttle.failed(email, client, now);
            });
            if (until.isPresent()) {
                throw locked(until.get());
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        StaffMember member = found.get();
        if (!member.active()) {
            audit.record(failure(member.id(), "deactivated"));
            throw new DisabledException("This account is deactivated. Please ask an administrator.");
        }
        transaction.executeWithoutResult(s -> {
            throttle.succeeded(email, client);
            audit.record(AuditEvent.of(member.id(), StaffActions.SIGN_IN, "staff", member.id()));
        });
        return member.toCurrentUser();
    }

    /** A sign-in refused for a while; {@link #until()} is when it may be tried again. */
    public static final class SignInPaused extends LockedException {

        private final Instant until;
        private final boolean wholeAddress;

        SignInPaused(String message, Instant until, boolean wholeAddress) {
            super(message);
            this.until = until;
            this.wholeAddress = wholeAddress;
        }

        public Instant until() {
            return until;
        }

        /** Paused for every account from this client address, not only for one account. */
        public boolean wholeAddress() {
            return wholeAddress;
        }
    }

    private static AuditEvent failure(UUID staffId, String detail) {
        return AuditEvent.of(staffId, StaffActions.SIGN_IN_FAILED, "staff", staffId)
                .withOutcome(Outcome.FAILURE)
                .withDetail(detail);
    }

    private static AuditEvent unknown(String detail) {
        return AuditEvent.of(null, StaffActions.SIGN_IN_FAILED, "staff", null)
                .withOutcome(Outcome.FAILURE)
                .withDetail(detail);
    }

    private static SignInPaused locked(Instant until) {
        return new SignInPaused(
                "Too many failed sign-ins. This account is locked until " + utc(until)
                        + " from this address. Try again then, or ask an administrator to reset your password.",
                until,
                false);
    }

    private static String utc(Instant at) {
        return TIME.format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
        }
        return "unknown";
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
