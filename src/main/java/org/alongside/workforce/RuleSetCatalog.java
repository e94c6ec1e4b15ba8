package org.alongside.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Viewer;
import org.alongside.workforce.domain.RuleSet;
import org.alongside.workforce.domain.RuleSetFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal rule sets a credential may follow: the shipped ones ({@code workforce/rule-sets})
 * and those administrators add, each id at its latest version. Adding one under an id already
 * known makes a new version; the old versions are kept.
 */
@Service
public class RuleSetCatalog {

    private final Map<String, RuleSet> shipped;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RuleSetCatalog(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.shipped = load();
    }

    /** Every rule set at its latest version, by name. */
    public List<RuleSet> all() {
        Map<String, RuleSet> latest = new LinkedHashMap<>(shipped);
        jdbc.sql("""
                select distinct on (id) definition::text from renewal_rule_set order by id, version desc
                """).query(String.class).list().forEach(json -> {
            RuleSet added = RuleSetFiles.read(json);
            latest.merge(added.id(), added, (a, b) -> a.version() >= b.version() ? a : b);
        });
        return latest.values().stream()
                .sorted(Comparator.comparing(RuleSet::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<RuleSet> find(String id) {
        return id == null
                ? Optional.empty()
                : all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Adds a rule set from its JSON file (administrators only), refused field by field when it does not hold together. */
    @Transactional
    public RuleSet add(Viewer.StaffMember viewer, String json) {
        viewer.requireAdmin();
        RuleSet read = RuleSetFiles.read(json);
        int version = Math.max(
                        find(read.id()).map(RuleSet::version).orElse(0),
                        jdbc.sql("select coalesce(max(version), 0) from renewal_rule_set where id = :id")
                                .param("id", read.id())
                                .query(Integer.class)
                                .single())
                + 1;
        String stored = RuleSetFiles.withVersion(json, version);
        RuleSet versioned = RuleSetFiles.read(stored);
        jdbc.sql("""
                insert into renewal_rule_set (id, version, definition, added_by, added_at)
                values (:id, :version, cast(:definition as jsonb), :by, :at)
                """)
                .param("id", versioned.id())
                .param("version", version)
                .param("definition", stored)
                .param("by", viewer.id())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.RULE_SET_ADD, "rule-set", versioned.id())
                .withDetail("version=" + version));
        return versioned;
    }

    private static Map<String, RuleSet> load() {
        Map<String, RuleSet> found = new LinkedHashMap<>();
        try {
            for (Resource file :
                    new PathMatchingResourcePatternResolver().getResources("classpath:workforce/rule-sets/*.json")) {
                RuleSet rules = RuleSetFiles.read(file.getContentAsString(StandardCharsets.UTF_8));
                found.put(rules.id(), rules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(found);
    }
}
