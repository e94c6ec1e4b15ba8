package org.alongside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first request with a key does the work and its answer
 * is kept; a retry with the same key and body gets that answer again, and nothing is done twice.
 * The same key with another body is refused (422); a retry while the first is still running gets
 * 409. Keys belong to the signed-in user and are kept for a day.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;

    IdempotencyFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        byte[] body = request.getInputStream().readAllBytes();
        byte[] hash = sha256(request.getRequestURI(), body);
        int claimed = jdbc.sql("""
                insert into idempotency_key (user_id, key, request_hash) values (:u, :k, :h) on conflict do nothing
                """)
                .param("u", user.get())
                .param("k", key)
                .param("h", hash)
                .update();
        if (claimed == 0) {
            replay(user.get(), key, hash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
        } finally {
            jdbc.sql(
                            "update idempotency_key set status = :s, content_type = :t, body = :b where user_id = :u and key = :k")
                    .param("s", recorded.getStatus())
                    .param("t", recorded.getContentType())
                    .param("b", recorded.getContentAsByteArray())
                    .param("u", user.get())
                    .param("k", key)
                    .update();
            recorded.copyBodyToResponse();
        }
    }

    private void replay(UUID user, String key, byte[] hash, HttpServletResponse response) throws IOException {
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
        } else if (stored.get("status") == null) {
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
        jdbc.sql("delete from idempotency_key where created_at < now() - interval '1 day'")
                .update();
    }

    private static Optional<UUID> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? Optional.of(u.id()) : Optional.empty();
    }

    private static byte[] sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
