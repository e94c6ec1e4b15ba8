package org.alongside.participant.domain;

import java.util.List;
import java.util.UUID;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantAccess;
import org.alongside.participant.ParticipantRow;
import org.alongside.shared.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Caseload lists and name search: one statement each, with the access rule in the WHERE clause. */
@Component
public class ParticipantQueries {

    private static final String ROW = """
            select p.id, p.preferred_name, p.pronouns, p.primary_worker_id, p.active,
                   w.display_name as worker_name, pr.name as program_name, en.status
            from participant p
            join staff_member w on w.id = p.primary_worker_id
            left join lateral (select e.program_id, e.status from enrolment e where e.participant = p.id
                               order by e.participant_key desc limit 1) en on true
            left join program pr on pr.id = en.program_id
            """;
    private static final String NAME = "(p.preferred_name || ' ' || coalesce(p.legal_name, ''))";

    private final JdbcClient jdbc;

    ParticipantQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone the user may see; only their own caseload when {@code mineOnly}. */
    public List<ParticipantRow> caseload(CurrentUser user, boolean mineOnly, boolean includeInactive, int limit) {
        String sql = ROW + " where " + ParticipantAccess.VISIBLE
                + (mineOnly ? " and p.primary_worker_id = :viewer" : "")
                + (includeInactive ? "" : " and p.active")
                + " order by lower(p.preferred_name), p.id limit :limit";
        return jdbc.sql(sql).paramSource(ParticipantAccess.bind(user).addValue("limit", limit))
                .query((rs, n) -> row(rs)).list();
    }

    /**
     * Names that look like the query, typos included (trigram word similarity, served by the GIN
     * index), best match first, among the people the user may see.
     */
    public List<ParticipantRow> search(CurrentUser user, String query, int limit) {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.3', true)").query(String.class).single();
        MapSqlParameterSource params = ParticipantAccess.bind(user).addValue("q", query).addValue("limit", limit)
                .addValue("like", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String sql = ROW + " where (:q <% " + NAME + " or " + NAME + " ilike :like) and " + ParticipantAccess.VISIBLE
                + " order by word_similarity(:q, " + NAME + ") desc, lower(p.preferred_name), p.id limit :limit";
        return jdbc.sql(sql).paramSource(params).query((rs, n) -> row(rs)).list();
    }

    private static ParticipantRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String status = rs.getString("status");
        return new ParticipantRow(rs.getObject("id", UUID.class), rs.getString("preferred_name"),
                rs.getString("pronouns"), rs.getString("program_name"),
                status == null ? null : EnrolmentStatus.valueOf(status), rs.getObject("primary_worker_id", UUID.class),
                rs.getString("worker_name"), rs.getBoolean("active"));
    }
}
