package org.alongside.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one statement behind a staff search, written for the filters actually chosen so PostgreSQL
 * plans each combination on its own: words match the text-search document, or, asked again when
 * that finds nothing, the trigram index of name and organisation (close spellings); needs and
 * dimensions are Alongside taxonomy codes; "near" starts from the places in a box around the
 * point, then the great-circle distance.
 */
final class SearchSql {

    record Row(
            UUID id, String name, String organization, String status, Double kilometres, boolean openNow, int total) {}

    private final StringBuilder sql = new StringBuilder();
    private final List<Object[]> params = new ArrayList<>();
    private final DirectorySearch.Query query;
    private final double[] point;
    private final double nearKm;
    private final Instant now;

    /** Words as text search reads them (stems, any order), or, when that finds nothing, as close spellings. */
    enum Words {
        TEXT,
        CLOSE_SPELLING
    }

    private final Words words;

    SearchSql(DirectorySearch.Query query, Words words, double[] point, double nearKm, Instant now) {
        this.query = query;
        this.words = words;
        this.point = point;
        this.nearKm = nearKm;
        this.now = now;
    }

    List<Row> run(JdbcClient jdbc) {
        boolean hasWords = query.words() != null && !query.words().isBlank();
        sql.append("select i.service_id, i.name, i.organization_name, i.status, ")
                .append(point == null ? "null::float8" : "place.km")
                .append(" as km, exists (select 1 from directory_opening o where o.service_id = i.service_id")
                .append(" and o.opens <= :now and o.closes > :now) as open_now, ")
                .append(
                        !hasWords
                                ? "0"
                                : words == Words.TEXT
                                        ? "ts_rank_cd(i.document, websearch_to_tsquery('english', :words))"
                                        : "word_similarity(:raw, i.words)")
                .append(" as rank, count(*) over () as total from directory_service_index i");
        param("now", Timestamp.from(now));
        if (point != null) {
            // Places inside a box around the point (a GiST index), each carrying its service's
            // filters, then the great-circle distance: only the services that pass are looked up.
            sql.append(
                            " join (select p.service_id, min(6371 * 2 * asin(sqrt(power(sin(radians(p.latitude - :lat) / 2), 2)")
                    .append(" + cos(radians(:lat)) * cos(radians(p.latitude))")
                    .append(" * power(sin(radians(p.longitude - :lon) / 2), 2)))) as km")
                    .append(" from directory_service_place p")
                    .append(
                            " where point(p.longitude, p.latitude) <@ box(point(:lonMin, :latMin), point(:lonMax, :latMax))");
            filters("p", false);
            sql.append(" group by p.service_id) place on place.service_id = i.service_id and place.km <= :nearKm");
            double latSpan = nearKm / 111.0;
            double lonSpan = nearKm / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(point[0]))));
            param("lat", point[0]);
            param("lon", point[1]);
            param("latMin", point[0] - latSpan);
            param("latMax", point[0] + latSpan);
            param("lonMin", point[1] - lonSpan);
            param("lonMax", point[1] + lonSpan);
            param("nearKm", nearKm);
            sql.append(" where true");
            words("i", hasWords);
        } else {
            sql.append(" where true");
            filters("i", hasWords);
        }
        if (query.openNow()) {
            sql.append(" and exists (select 1 from directory_opening o where o.service_id = i.service_id")
                    .append(" and o.opens <= :now and o.closes > :now)");
        }
        sql.append(" order by ").append(point == null ? "" : "km, ").append("rank desc, i.name, i.service_id");
        sql.append(" limit :limit offset :offset");
        param("limit", DirectorySearch.PAGE_SIZE);
        param("offset", (query.page() - 1L) * DirectorySearch.PAGE_SIZE);
        var statement = jdbc.sql(sql.toString());
        for (Object[] p : params) {
            statement = statement.param((String) p[0], p[1]);
        }
        return statement
                .query((rs, n) -> new Row(
                        rs.getObject("service_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("organization_name"),
                        rs.getString("status"),
                        rs.getObject("km") == null ? null : rs.getDouble("km"),
                        rs.getBoolean("open_now"),
                        rs.getInt("total")))
                .list();
    }

    /**
     * The filters on the table the statement starts from: {@code i}, the index, with the words; or
     * {@code p}, the places, whose index holds every filter but the words (those then apply to the
     * few services left).
     */
    private void filters(String alias, boolean hasWords) {
        sql.append(" and ").append(alias).append(".status in ('active', 'temporarily closed')");
        words(alias, hasWords);
        terms(alias, "needs", "need:", query.needs());
        terms(alias, "dimensions", "dimension:", query.dimensions());
        if (query.language() != null && !query.language().isBlank()) {
            sql.append(" and :language = any(").append(alias).append(".languages)");
            param("language", query.language().strip().toLowerCase(Locale.ROOT));
        }
        if (query.free()) {
            sql.append(" and ").append(alias).append(".free");
        }
    }

    private void words(String alias, boolean hasWords) {
        if (hasWords && words == Words.TEXT) {
            sql.append(" and ").append(alias).append(".document @@ websearch_to_tsquery('english', :words)");
            param("words", query.words().strip());
        } else if (hasWords) {
            sql.append(" and :raw <% ").append(alias).append(".words");
            param("raw", query.words().strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Any of the chosen codes of one branch of Alongside's taxonomy. */
    private void terms(String alias, String name, String prefix, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        sql.append(" and ")
                .append(alias)
                .append(".term_ids && array(select t.id from hsds_taxonomy_term t where t.taxonomy_id = :taxonomy")
                .append(" and t.code in (:")
                .append(name)
                .append("))");
        param("taxonomy", AlongsideTerms.TAXONOMY);
        param(name, codes.stream().map(code -> prefix + code).toList());
    }

    private void param(String name, Object value) {
        params.removeIf(p -> p[0].equals(name));
        params.add(new Object[] {name, value});
    }
}
