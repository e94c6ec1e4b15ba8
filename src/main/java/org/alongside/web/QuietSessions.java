package org.alongside.web;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions kept in PostgreSQL, with a session's last use written at most once a minute: Spring
 * Session otherwise updates the session row, in a transaction of its own, on every request, only to
 * move that time by a few seconds. A session so ends after 29 to 30 minutes without use instead of
 * exactly 30. Everything else (attributes, a new id at sign-in, a new timeout) is written as before.
 * Spring Session also reads the session a second time after saving it at the end of each request,
 * only to check that the id the browser sent still names it: the session just saved answers that,
 * kept for the rest of the request and forgotten by {@link #REQUEST_SCOPE} when the request ends.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

    /** How far a session's last use may lag behind its true last use. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final ThreadLocal<QuietSession> SAVED = new ThreadLocal<>();

    /** Around Spring Session's filter: what a request saved is never served to a later request. */
    static final Filter REQUEST_SCOPE = (request, response, chain) -> {
        try {
            chain.doFilter(request, response);
        } finally {
            SAVED.remove();
        }
    };

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessions(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository) store;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(store.createSession());
    }

    @Override
    public void save(QuietSession session) {
        store.save(session.stored);
        SAVED.set(session);
    }

    @Override
    public QuietSession findById(String id) {
        QuietSession saved = SAVED.get();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return saved;
        }
        Session stored = store.findById(id);
        return stored == null ? null : new QuietSession(stored);
    }

    @Override
    public void deleteById(String id) {
        SAVED.remove();
        store.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> found.put(id, new QuietSession(stored)));
        return found;
    }

    /** A stored session whose last use moves only when it is at least {@link #TOUCH_EVERY} old. */
    static final class QuietSession implements Session {

        private final Session stored;

        QuietSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(TOUCH_EVERY))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
