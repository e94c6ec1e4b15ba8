package org.alongside.supervision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.participant.Visibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two statements behind a team's workload, each with the gate's visibility condition: the
 * active caseloads with their overdue follow-ups (a person whose latest signed note asked for a
 * follow-up before today), and the workers' notes: four weeks of signed contacts by activity, read
 * through each team member's own index of notes by day (the supervisor sees no one else, and note
 * writes keep no index by author and day), and the notes waiting for a signature or a co-sign, read
 * through the index by author and status.
 */
final class WorkloadQueries {

    /** One worker's notes: contacts and minutes in the window, minutes by activity and by mode, notes waiting. */
    record Notes(
            int contacts,
            long minutes,
            Map<Activity, Double> byActivity,
            Map<ContactMode, Long> byMode,
            int awaitingSignature,
            int awaitingCosign) {
        static final Notes NONE = new Notes(0, 0, Map.of(), Map.of(), 0, 0);
    }

    private final JdbcClient jdbc;
    private final Visibility visible;

    WorkloadQueries(JdbcClient jdbc, Visibility visible) {
        this.jdbc = jdbc;
        this.visible = visible;
    }

    /** Fills, per worker, {active caseload, overdue follow-ups}, and which worker each person is with. */
    void caseloads(List<UUID> workers, LocalDate today, Map<UUID, int[]> caseloads, Map<UUID, UUID> workerOf) {
        MapSqlParameterSource params =
                visible.params().addValue("workers", workers).addValue("today", today);
        jdbc.sql("""
                select p.id, p.primary_worker_id,
                       (select c.follow_up_date from contact_note c
                        where c.participant_id = p.id and c.status in ('SIGNED', 'PENDING_COSIGN')
                        order by c.contact_date desc, c.created_at desc limit 1) < :today as overdue
                from participant p
                where p.primary_worker_id in (:workers) and p.active and %s
                """.formatted(visible.on("p"))).paramSource(params).query(rs -> {
            UUID worker = rs.getObject(2, UUID.class);
            workerOf.put(rs.getObject(1, UUID.class), worker);
            int[] counts = caseloads.computeIfAbsent(worker, w -> new int[2]);
            counts[0]++;
            if (rs.getBoolean(3)) {
                counts[1]++;
            }
        });
    }

    Map<UUID, Notes> notes(List<UUID> workers, LocalDate from, LocalDate to) {
        Activity[] activities = Activity.values();
        StringBuilder sums = new StringBuilder();
        MapSqlParameterSource params = visible.params()
                .addValue("workers", workers)
                .addValue("from", from)
                .addValue("to", to);
        for (int i = 0; i < activities.length; i++) {
            sums.append(", coalesce(sum(x.minutes::float8 / greatest(jsonb_array_length(x.activities), 1))"
                    + " filter (where x.done and jsonb_exists(x.activities, :activity_%d)), 0)".formatted(i));
            params.addValue("activity_" + i, activities[i].name());
        }
        ContactMode[] modes = ContactMode.values();
        for (int i = 0; i < modes.length; i++) {
            sums.append(", coalesce(sum(x.minutes) filter (where x.done and x.mode = :mode_%d), 0)".formatted(i));
            params.addValue("mode_" + i, modes[i].name());
        }
        Map<UUID, Notes> found = new HashMap<>();
        jdbc.sql("""
                        select x.author_id, count(*) filter (where x.done),
                               coalesce(sum(x.minutes) filter (where x.done), 0),
                               count(*) filter (where not x.done and x.status in ('DRAFT', 'RETURNED')),
                               count(*) filter (where not x.done and x.status = 'PENDING_COSIGN')%s
                        from (select c.author_id, c.status, c.minutes, c.activities, c.mode, true as done
                              from participant p join contact_note c on c.participant_id = p.id
                              where p.primary_worker_id in (:workers) and %s and c.author_id in (:workers)
                                and c.status in ('SIGNED', 'PENDING_COSIGN') and c.contact_date between :from and :to
                              union all
                              select c.author_id, c.status, c.minutes, c.activities, c.mode, false
                              from contact_note c join participant p on p.id = c.participant_id
                              where c.author_id in (:workers) and c.status in ('DRAFT', 'RETURNED', 'PENDING_COSIGN')
                                and p.primary_worker_id in (:workers) and %s) x
                        group by x.author_id
                        """.formatted(sums, visible.on("p"), visible.on("p")))
                .paramSource(params)
                .query(rs -> {
                    Map<Activity, Double> byActivity = new EnumMap<>(Activity.class);
                    for (int i = 0; i < activities.length; i++) {
                        double minutes = rs.getDouble(6 + i);
                        if (minutes > 0) {
                            byActivity.put(activities[i], minutes);
                        }
                    }
                    Map<ContactMode, Long> byMode = new EnumMap<>(ContactMode.class);
                    for (int i = 0; i < modes.length; i++) {
                        long minutes = rs.getLong(6 + activities.length + i);
                        if (minutes > 0) {
                            byMode.put(modes[i], minutes);
                        }
                    }
                    found.put(
                            rs.getObject(1, UUID.class),
                            new Notes(rs.getInt(2), rs.getLong(3), byActivity, byMode, rs.getInt(4), rs.getInt(5)));
                });
        return found;
    }
}
