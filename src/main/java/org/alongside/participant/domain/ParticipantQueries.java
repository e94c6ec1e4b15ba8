package org.alongside.participant.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantRow;
import org.alongside.participant.ProgramFigures;
import org.alongside.participant.Visibility;
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

    /** Everyone the viewer may see; only one worker's caseload when {@code workerId} is given. */
    public List<ParticipantRow> caseload(Visibility visible, UUID workerId, boolean includeInactive, int limit) {
        String sql = ROW + " where " + visible.on("p")
                + (workerId != null ? " and p.primary_worker_id = :worker" : "")
                + (includeInactive ? "" : " and p.active")
                + " order by lower(p.preferred_name), p.id limit :limit";
        return jdbc.sql(sql)
                .paramSource(visible.params().addValue("limit", limit).addValue("worker", workerId))
                .query((rs, n) -> row(rs))
                .list();
    }

    /**
     * Names that look like the query, typos included (trigram word similarity, served by the GIN
     * index), best match first, among the people the user may see.
     */
    public List<ParticipantRow> search(Visibility visible, String query, int limit) {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.3', true)")
                .query(String.class)
                .single();
        MapSqlParameterSource params = visible.params()
                .addValue("q", query)
                .addValue("limit", limit)
                .addValue(
                        "like",
                        "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String sql = ROW + " where (:q <% " + NAME + " or " + NAME + " ilike :like) and " + visible.on("p")
                + " order by word_similarity(:q, " + NAME + ") desc, lower(p.preferred_name), p.id limit :limit";
        return jdbc.sql(sql).paramSource(params).query((rs, n) -> row(rs)).list();
    }

    /**
     * Per program, among the people the viewer may see: how many are active, by status of their
     * current enrolment, and how many have a primary peer worker whose account is no longer active.
     */
    public List<ProgramFigures> figures(Visibility visible) {
        return jdbc.sql("""
                select pr.name, count(*) as active,
                       count(*) filter (where en.status = 'ACTIVE') as enrolled,
                       count(*) filter (where not w.active) as without_worker
                from participant p join staff_member w on w.id = p.primary_worker_id
                join lateral (select e.program_id, e.status from enrolment e where e.participant = p.id
                              order by e.participant_key desc limit 1) en on true
                join program pr on pr.id = en.program_id
                where p.active and """ + visible.on("p") + """
                 group by pr.name order by pr.name
                """)
                .paramSource(visible.params())
                .query((rs, n) -> new ProgramFigures(
                        rs.getString("name"), rs.getInt("active"), rs.getInt("enrolled"), rs.getInt("without_worker")))
                .list();
    }

    private static ParticipantRow row(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new ParticipantRow(
                rs.getObject("id", UUID.class),
                rs.getString("preferred_name"),
                rs.getString("pronouns"),
                rs.getString("program_name"),
                status == null ? null : EnrolmentStatus.valueOf(status),
                rs.getObject("primary_worker_id", UUID.class),
                rs.getString("worker_name"),
                rs.getBoolean("active"));
    }
}
