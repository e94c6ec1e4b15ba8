package org.alongside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.web.RequestBodyRefused;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first request with a key does the work and its answer
 * is kept; a retry with the same key and body gets that answer again, and nothing is done twice.
 * The key is claimed, the work done and the answer kept in one transaction, so a crash leaves
 * either all three or none (and a retry then does the work). A retry while the first is still
 * running waits for it. The same key with another body is refused (422). A refusal (4xx) did
 * nothing, so its answer is kept just after; a failure (5xx) is not kept, so a retry tries again.
 * Keys belong to the signed-in user and are kept for a day. Of the request, only a hash of its path
 * and body is kept, taken while the work reads the body; never the body itself.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    private final Clock clock;

    static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IdempotencyFilter(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<UUID> user = currentUser();
        String key = request.getHeader(HEADER).trim();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 200) {
            SecurityConfiguration.writeProblem(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Invalid input",
                    "The Idempotency-Key header holds 1 to 200 characters");
            return;
        }
        HashedBodyRequest hashed = new HashedBodyRequest(request);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        Exception[] failed = {null};
        boolean[] replayed = {false};
        try {
            transactions.executeWithoutResult(status -> {
                // Waits while a first request with this key is still running; then either it left an answer
                // (replayed here) or it left nothing (it failed, or the process died), and this one does the work.
                // The body's hash is known only once it has been read, so the claim holds an empty one until then.
                int claimed =
                        jdbc.sql("""
                        insert into idempotency_key (user_id, key, request_hash) values (:u, :k, '') on conflict do nothing
                        """).param("u", user.get()).param("k", key).update();
                try {
                    if (claimed == 0) {
                        replayed[0] = true;
                        replay(user.get(), key, hashed.hash(), recorded);
                        return;
                    }
                    chain.doFilter(hashed, recorded);
                } catch (IOException | ServletException e) {
                    failed[0] = e;
                    status.setRollbackOnly();
                    return;
                }
                if (recorded.getStatus() >= 400) {
                    status.setRollbackOnly(); // a refusal did nothing: its answer is kept after the rollback
                    return;
                }
                keep(user.get(), key, hashed.hashOrNull(), recorded);
            });
        } catch (UnexpectedRollbackException refused) {
            // The work was refused and rolled back; its answer is kept below.
        }
        if (failed[0] == null && !replayed[0] && recorded.getStatus() >= 400 && recorded.getStatus() < 500) {
            byte[] hash = hashed.hashOrNull();
            if (hash != null) {
                transactions.executeWithoutResult(status -> keepRefusal(user.get(), key, hash, recorded));
            }
        }
        if (failed[0] instanceof RequestBodyRefused refused) {
            // the body passed its limit, or held a NUL, while it was being hashed: nothing was done or kept
            SecurityConfiguration.writeProblem(response, refused.status(), refused.title(), refused.getMessage());
            return;
        }
        if (failed[0] instanceof IOException io) {
            throw io;
        }
        if (failed[0] instanceof ServletException servlet) {
            throw servlet;
        }
        recorded.copyBodyToResponse();
    }

    /** Keeps the answer under the key claimed in this transaction, with the hash of the body now read. */
    private void keep(UUID user, String key, byte[] hash, ContentCachingResponseWrapper recorded) {
        jdbc.sql("""
                update idempotency_key set request_hash = :h, status = :s, content_type = :t, body = :b
                where user_id = :u and key = :k
                """)
                .param("u", user)
                .param("k", key)
                .param("h", hash == null ? new byte[0] : hash)
                .param("s", recorded.getStatus())
                .param("t", recorded.getContentType())
                .param("b", recorded.getContentAsByteArray())
                .update();
    }

    /** Keeps a refusal's answer after its rollback, unless another request has taken the key since. */
    private void keepRefusal(UUID user, String key, byte[] hash, ContentCachingResponseWrapper recorded) {
        jdbc.sql("""
                insert into idempotency_key (user_id, key, request_hash, status, content_type, body)
                values (:u, :k, :h, :s, :t, :b)
                on conflict (user_id, key) do nothing
                """)
                .param("u", user)
                .param("k", key)
                .param("h", hash)
                .param("s", recorded.getStatus())
                .param("t", recorded.getContentType())
                .param("b", recorded.getContentAsByteArray())
                .update();
    }

    private void replay(UUID user, String key, byte[] hash, HttpServletResponse response) throws IOException {
        // The hash of this request's whole body, read through the size limit and never kept.
        var stored = jdbc.sql(
                        "select request_hash, status, content_type, body from idempotency_key where user_id = :u and key = :k")
                .param("u", user)
                .param("k", key)
                .query()
                .singleRow();
        if (!Arrays.equals((byte[]) stored.get("request_hash"), hash)) {
            SecurityConfiguration.writeProblem(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        } else if (stored.get("status") == null) { // not reached while the claim is uncommitted; kept for safety
            SecurityConfiguration.writeProblem(
                    response,
                    HttpStatus.CONFLICT,
                    "Still in progress",
                    "The first request with this Idempotency-Key is still being processed. Try again shortly.");
        } else {
            response.setStatus((Integer) stored.get("status"));
            if (stored.get("content_type") != null) {
                response.setContentType((String) stored.get("content_type"));
            }
            response.setHeader("Idempotent-Replayed", "true");
            byte[] body = (byte[]) stored.get("body");
            response.getOutputStream().write(body == null ? new byte[0] : body);
        }
    }

    @Scheduled(fixedDelayString = "PT1H")
    void forgetOldKeys() {
        jdbc.sql("delete from idempotency_key where created_at < :before")
                .param("before", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1))))
                .update();
    }

    private static Optional<UUID> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? Optional.of(u.id()) : Optional.empty();
    }
}
