package org.alongside.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.KeptForAMinute;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Alongside's own taxonomy in the directory: the needs a service meets ({@code need:food}) and the
 * wellness dimensions it serves ({@code dimension:SOCIAL}), each an HSDS taxonomy term that a
 * service's attribute points at. Answers their term ids and names, by name.
 */
@Component
public class AlongsideTerms {

    /** The id of Alongside's taxonomy, the same in every installation. */
    public static final UUID TAXONOMY = UUID.fromString("7b1f0c9e-3c61-4a9e-9a43-5d8f2b6c1e01");

    public record Term(UUID id, String code, String name) {}

    private final JdbcClient jdbc;
    private final KeptForAMinute<String, Map<String, Term>> branches = new KeptForAMinute<>(10);

    AlongsideTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The terms of one branch ("need" or "dimension"), by code without the branch ({@code food}).
     * Read at most once a minute: every directory page lists them, and they change only when
     * Alongside's taxonomy itself is imported.
     */
    public Map<String, Term> of(String branch) {
        return branches.get(branch, this::read);
    }

    private Map<String, Term> read(String branch) {
        Map<String, Term> terms = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, code, name from hsds_taxonomy_term
                         where taxonomy_id = :taxonomy and code like :prefix order by name
                        """).param("taxonomy", TAXONOMY).param("prefix", branch + ":%").query(rs -> {
            String code = rs.getString("code").substring(branch.length() + 1);
            terms.put(code, new Term(rs.getObject("id", UUID.class), code, rs.getString("name")));
        });
        return Collections.unmodifiableMap(terms);
    }
}
