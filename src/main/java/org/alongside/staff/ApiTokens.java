package org.alongside.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: long random values shown once, stored as their SHA-256 and looked up by it (a
 * password hash would cost ~100 ms on every API call). Revocable by their owner and administrators.
 */
@Service
public class ApiTokens {

    private final Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Duration lifetime;

    ApiTokens(
            JdbcClient jdbc,
            AuditLog audit,
            @Value("${alongside.api-token.lifetime:90d}") Duration lifetime,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.lifetime = lifetime;
    }

    public record IssuedToken(UUID id, String token, Instant expiresAt) {}

    public record TokenInfo(
            UUID id, UUID ownerId, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

    /**
     * A new token for the owner, valid for {@code expiresInDays} days (none given: the configured
     * lifetime, 90 days unless set otherwise; never longer than that).
     */
    @Transactional
    public IssuedToken issue(Viewer.StaffMember owner, String label, Integer expiresInDays) {
        long longest = Math.max(1, lifetime.toDays());
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > longest)) {
            throw new InvalidInputException("expiresInDays", "Choose 1 to " + longest + " days");
        }
        Instant expiresAt = expiresInDays == null
                ? Instant.now(clock).plus(lifetime)
                : Instant.now(clock).plus(Duration.ofDays(expiresInDays));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "alg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        String safeLabel = label == null || label.isBlank() ? "API token" : label.trim();
        jdbc.sql("""
                insert into api_token (id, staff_id, token_hash, label, expires_at)
                values (:id, :staff, :hash, :label, :expires)
                """)
                .param("expires", Timestamp.from(expiresAt))
                .param("id", id)
                .param("staff", owner.id())
                .param("hash", sha256(token))
                .param("label", safeLabel.length() > 100 ? safeLabel.substring(0, 100) : safeLabel)
                .update();
        audit.record(AuditEvent.of(owner.id(), StaffActions.TOKEN_CREATE, "api-token", id)
                .withDetail("expires=" + expiresAt));
        return new IssuedToken(id, token, expiresAt);
    }

    /**
     * The active staff member a token belongs to, in one query; empty for unknown, expired or revoked tokens.
     * Not wrapped in a transaction: one statement needs none, and every API call passes here.
     */
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select s.id, s.email, s.display_name, s.password_must_change, array_agg(r.role) as roles
                from api_token t
                join staff_member s on s.id = t.staff_id and s.active
                left join staff_role r on r.staff_member = s.id
                where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
                group by s.id
                """)
                .param("hash", sha256(token))
                .param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object role : (Object[]) rs.getArray("roles").getArray()) {
                        if (role != null) {
                            roles.add(Role.valueOf(role.toString()));
                        }
                    }
                    return new CurrentUser(
                            rs.getObject("id", UUID.class),
                            rs.getString("email"),
                            rs.getString("display_name"),
                            roles,
                            false);
                })
                .optional();
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list(Viewer.StaffMember actor) {
        return jdbc.sql("""
                select id, staff_id, label, created_at, expires_at, revoked_at from api_token t
                where staff_id = :me or (:admin and """ + StaffScope.managedBy("t.staff_id") + """
                ) order by created_at desc
                """)
                .param("me", actor.id())
                .param("scope_admin", actor.id())
                .param("admin", actor.isAdmin())
                .query((rs, n) -> info(rs))
                .list();
    }

    /** The owner's own tokens that still open the API (neither revoked nor expired), newest first. */
    @Transactional(readOnly = true)
    public List<TokenInfo> usable(Viewer.StaffMember owner) {
        return jdbc.sql("""
                select id, staff_id, label, created_at, expires_at, revoked_at from api_token
                where staff_id = :me and revoked_at is null and (expires_at is null or expires_at > :now)
                order by created_at desc
                """)
                .param("me", owner.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> info(rs))
                .list();
    }

    private static TokenInfo info(ResultSet rs) throws SQLException {
        return new TokenInfo(
                rs.getObject("id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getString("label"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at") == null
                        ? null
                        : rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant());
    }

    /** Revokes a token of one's own, or (administrators) of staff they manage; others' tokens answer 404. */
    @Transactional
    public void revoke(Viewer.StaffMember actor, UUID tokenId) {
        int revoked = jdbc.sql("""
                update api_token t set revoked_at = :now
                where id = :id and revoked_at is null and (staff_id = :me or (:admin and """ + StaffScope.managedBy("t.staff_id") + """
                ))
                """)
                .param("id", tokenId)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("me", actor.id())
                .param("scope_admin", actor.id())
                .param("admin", actor.isAdmin())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("This token");
        }
        audit.record(AuditEvent.of(actor.id(), StaffActions.TOKEN_REVOKE, "api-token", tokenId));
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
