package org.alongside.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Blank;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Role;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.staff.domain.StaffMember;
import org.alongside.staff.domain.StaffMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of staff accounts: create, edit, deactivate, reset passwords. Every change is audited. */
@Service
public class StaffManagement {

    private final Clock clock;

    private final StaffMembers staff;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ProgramManagement programs;
    private final StaffScope scope;
    private final SignInThrottle throttle;

    StaffManagement(
            StaffMembers staff,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcClient jdbc,
            ProgramManagement programs,
            StaffScope scope,
            SignInThrottle throttle,
            Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.programs = programs;
        this.scope = scope;
        this.throttle = throttle;
    }

    public record NewStaff(
            String email,
            String displayName,
            Set<Role> roles,
            String password,
            String credential,
            boolean peerExperience) {}

    public record StaffChange(
            String displayName, Set<Role> roles, String credential, boolean peerExperience, long version) {}

    /**
     * An administrator creates an account. The password they chose is a first password only: the
     * person replaces it with their own at their first sign-in, and gets no API token before then.
     */
    @Transactional
    public StaffSummary create(Viewer.StaffMember actor, NewStaff command) {
        requireAdmin(actor);
        return createAccount(actor == null ? null : actor.id(), command, true);
    }

    /** Creates an account and adds it to programs, all or nothing. */
    @Transactional
    public StaffSummary createWithPrograms(Viewer.StaffMember actor, NewStaff command, List<UUID> programIds) {
        for (UUID programId : programIds == null ? List.<UUID>of() : programIds) {
            if (programId == null || !programs.exists(programId)) {
                throw new InvalidInputException("programIds", "Unknown program: " + programId);
            }
            if (actor != null && !scope.administers(actor.id(), programId)) {
                throw new InvalidInputException("programIds", "Choose programs you administer");
            }
        }
        StaffSummary created = create(actor, command);
        for (UUID programId : programIds == null ? List.<UUID>of() : programIds) {
            programs.addMember(actor, programId, created.id());
        }
        return created;
    }

    /** Creates an account without an acting administrator: the first administrator and the demo seed. */
    @Transactional
    public StaffSummary createAccount(UUID actorId, NewStaff command, boolean mustChangePassword) {
        StaffRules.checkNew(command);
        if (staff.emailInUse(command.email().trim())) {
            throw new InvalidInputException("email", "Another account already uses this email address");
        }
        StaffMember member = StaffMember.create(
                command.email(),
                command.displayName(),
                command.roles(),
                passwords.encode(command.password()),
                mustChangePassword,
                Instant.now(clock));
        member.setCredentialAndExperience(Blank.toNull(command.credential()), command.peerExperience());
        StaffMember saved = staff.save(member);
        audit.record(AuditEvent.of(actorId, StaffActions.CREATE, "staff", saved.id())
                .withDetail("roles=" + command.roles()));
        return saved.toSummary();
    }

    @Transactional
    public StaffSummary update(Viewer.StaffMember actor, UUID id, StaffChange change) {
        requireAdmin(actor);
        requireManages(actor, id);
        StaffMember member = load(id);
        if (member.version() != change.version()) {
            throw new StaleVersionException("This staff account", member.version());
        }
        StaffRules.checkChange(change);
        Set<Role> before = member.roleSet();
        member.update(change.displayName(), change.credential(), change.peerExperience(), change.roles());
        StaffMember saved = staff.save(member);
        audit.record(AuditEvent.of(actor.id(), StaffActions.UPDATE, "staff", id));
        if (!before.equals(change.roles())) {
            endSessions(member, null);
            audit.record(AuditEvent.of(actor.id(), StaffActions.ROLES, "staff", id)
                    .withDetail("from=" + before + " to=" + change.roles()));
        }
        return saved.toSummary();
    }

    @Transactional
    public StaffSummary deactivate(Viewer.StaffMember actor, UUID id, String reason) {
        requireAdmin(actor);
        requireManages(actor, id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the account is deactivated");
        }
        if (actor.id().equals(id)) {
            throw new ConflictException("You cannot deactivate your own account");
        }
        StaffMember member = load(id);
        member.deactivate(StaffRules.limit(reason.trim(), 500, "reason"));
        StaffMember saved = staff.save(member);
        revokeTokens(id);
        endSessions(member, null);
        audit.record(AuditEvent.of(actor.id(), StaffActions.DEACTIVATE, "staff", id));
        return saved.toSummary();
    }

    /**
     * Deactivates accounts on the system's own authority (no one signed in), ends their sessions and
     * revokes their tokens: for sign-ins that were published, such as the demo organisation's when
     * the same database is started without demo mode. Answers how many were active.
     */
    @Transactional
    public int deactivateBySystem(Collection<String> emails, String reason) {
        int deactivated = 0;
        for (String email : emails) {
            StaffMember member = staff.findByEmail(email.trim()).orElse(null);
            if (member == null || !member.active()) {
                continue;
            }
            member.deactivate(reason);
            staff.save(member);
            revokeTokens(member.id());
            endSessions(member, null);
            audit.record(AuditEvent.of(null, StaffActions.DEACTIVATE, "staff", member.id())
                    .withDetail(reason));
            deactivated++;
        }
        return deactivated;
    }

    @Transactional
    public StaffSummary reactivate(Viewer.StaffMember actor, UUID id) {
        requireAdmin(actor);
        requireManages(actor, id);
        StaffMember member = load(id);
        member.reactivate();
        StaffMember saved = staff.save(member);
        audit.record(AuditEvent.of(actor.id(), StaffActions.REACTIVATE, "staff", id));
        return saved.toSummary();
    }

    /** Whether the person's contact notes need a supervisor's co-sign (for example provisional staff). */
    @Transactional
    public StaffSummary requireCosign(Viewer.StaffMember actor, UUID id, boolean required) {
        requireAdmin(actor);
        requireManages(actor, id);
        StaffMember member = load(id);
        member.requireCosign(required);
        StaffMember saved = staff.save(member);
        audit.record(AuditEvent.of(actor.id(), StaffActions.COSIGN_REQUIREMENT, "staff", id)
                .withDetail("required=" + required));
        return saved.toSummary();
    }

    /** Sets a new password the person must change at their next sign-in. */
    @Transactional
    public void resetPassword(Viewer.StaffMember actor, UUID id, String newPassword) {
        requireAdmin(actor);
        requireManages(actor, id);
        StaffRules.checkPassword(newPassword);
        StaffMember member = load(id);
        member.changePassword(passwords.encode(newPassword), true);
        staff.save(member);
        revokeTokens(id);
        endSessions(member, null);
        throttle.clear(member.email());
        audit.record(AuditEvent.of(actor.id(), StaffActions.PASSWORD_RESET, "staff", id));
    }

    /**
     * The signed-in person chooses their own password; their other signed-in sessions end (the one
     * they are using, {@code keepSessionId}, stays) and their API tokens are revoked, as a new
     * password means the old one may have been known to someone else. Returns how many tokens were
     * revoked.
     */
    @Transactional
    public int changeOwnPassword(
            Viewer.StaffMember actor, String currentPassword, String newPassword, String keepSessionId) {
        StaffMember member = load(actor.id());
        if (currentPassword == null || !passwords.matches(currentPassword, member.passwordHash())) {
            throw new InvalidInputException("currentPassword", "This is not your current password");
        }
        StaffRules.checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one");
        }
        member.changePassword(passwords.encode(newPassword), false);
        staff.save(member);
        endSessions(member, keepSessionId);
        int revoked = revokeTokens(actor.id());
        audit.record(AuditEvent.of(actor.id(), StaffActions.PASSWORD_CHANGE, "staff", actor.id())
                .withDetail("tokensRevoked=" + revoked));
        return revoked;
    }

    /**
     * Ends the account's signed-in sessions (but {@code keepSessionId}), so a deactivation, a change
     * of roles or a new password takes effect on the next request, not at the next sign-in.
     */
    private void endSessions(StaffMember member, String keepSessionId) {
        jdbc.sql("delete from spring_session where principal_name = :email and session_id is distinct from :keep")
                .param("email", member.email())
                .param("keep", keepSessionId)
                .update();
    }

    /** Revokes the account's API tokens (deactivation, or a new password); returns how many. */
    private int revokeTokens(UUID id) {
        return jdbc.sql("update api_token set revoked_at = :now where staff_id = :id and revoked_at is null")
                .param("id", id)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    @Transactional(readOnly = true)
    public StaffSummary get(Viewer.StaffMember actor, UUID id) {
        requireAdmin(actor);
        requireManages(actor, id);
        return load(id).toSummary();
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> list(Viewer.StaffMember actor) {
        requireAdmin(actor);
        Set<UUID> managed = scope.managed(actor.id());
        return staff.findAll().stream()
                .filter(member -> managed.contains(member.id()))
                .map(StaffMember::toSummary)
                .sorted(Comparator.comparing(StaffSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean anyAccountExists() {
        return staff.count() > 0;
    }

    /**
     * An administrator manages only accounts that share one of their programs (or have none yet);
     * any other answers like an account that does not exist.
     */
    private void requireManages(Viewer.StaffMember actor, UUID id) {
        if (actor != null && !scope.manages(actor.id(), id)) {
            throw new NotFoundException("This staff account");
        }
    }

    private StaffMember load(UUID id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("This staff account"));
    }

    static void requireAdmin(Viewer.StaffMember actor) {
        if (actor == null) {
            throw new AccessDeniedException("Administrators only");
        }
        actor.requireAdmin();
    }
}
