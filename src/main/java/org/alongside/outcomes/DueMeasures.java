package org.alongside.outcomes;

import java.sql.Array;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.participant.RecordGate;
import org.alongside.participant.Visibility;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The measures due for many people at once, by their programs' schedules: for each person, the
 * windows of their latest episode of care that are due now, open soon, or were missed in the last
 * 30 days (older misses are counted in the program's follow-up rate, not shown as tasks). One
 * statement for all the people asked about.
 */
@Service
public class DueMeasures {

    /** How long a missed window stays on a caseload after it closed. */
    public static final int OVERDUE_SHOWN_DAYS = 30;

    private final JdbcClient jdbc;
    private final MeasureSchedules schedules;
    private final RecordGate gate;
    private final Clock clock;

    DueMeasures(JdbcClient jdbc, MeasureSchedules schedules, RecordGate gate, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.gate = gate;
        this.clock = clock;
    }

    /** One measure to give: whose, their name, the window and where it stands. */
    public record Due(UUID participantId, String preferredName, Schedule.Window window, Schedule.Status status) {}

    /** Whose measures: the viewer's own caseload, or the caseloads of the workers they supervise. */
    public enum Scope {
        MINE,
        TEAM
    }

    /** The due list of the viewer's caseload or team, through the gate's list rule, audited. */
    public List<Due> of(Viewer viewer, Scope scope) {
        return gate.list(
                viewer, OutcomeActions.DUE_LIST, "staff", viewer.staff().id(), listing -> {
                    Visibility visible = scope == Scope.TEAM
                            ? listing.visibility().teamOf(viewer.staff().id())
                            : listing.visibility().caseloadOf(viewer.staff().id());
                    List<Due> due = among(visible, LocalDate.now(clock), true);
                    listing.detail("scope=" + scope + " due=" + due.size());
                    return due;
                });
    }

    /**
     * How many measures each active person the caller's gated list ({@code listing}) may see,
     * narrowed by {@code visible} (one of its visibilities), has overdue: read through the people,
     * not a list of their ids (which costs PostgreSQL more to match once there are hundreds), and
     * without their names. People with none are left out.
     */
    public Map<UUID, Integer> overdueAmong(
            org.alongside.participant.Listing listing, Visibility visible, LocalDate today) {
        java.util.Objects.requireNonNull(listing, "a caseload's gated list");
        Map<UUID, Integer> overdue = new HashMap<>();
        for (Due d : among(visible, today, false)) {
            if (d.status() == Schedule.Status.OVERDUE) {
                overdue.merge(d.participantId(), 1, Integer::sum);
            }
        }
        return overdue;
    }

    private List<Due> among(Visibility visible, LocalDate today, boolean names) {
        return among(
                "select p.id from participant p where p.active and " + visible.on("p"),
                visible.params().getValues(),
                today,
                names);
    }

    /** The due list among the given people, whom the caller's gated list ({@code listing}) admitted. */
    public List<Due> among(
            org.alongside.participant.Listing listing, Collection<UUID> participantIds, LocalDate today) {
        java.util.Objects.requireNonNull(listing, "a caseload's gated list");
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return among(":due_ids", Map.of("due_ids", participantIds), today, true);
    }

    /** The due list among {@code people} (a statement or a list of ids), with their names or without (null). */
    private List<Due> among(String people, Map<String, Object> params, LocalDate today, boolean names) {
        record Latest(UUID person, String name, UUID program, LocalDate start, LocalDate end, List<LocalDate> done) {}
        List<Latest> latest = new ArrayList<>();
        jdbc.sql("""
                select distinct on (e.participant_id) e.participant_id,
                       %s as preferred_name,
                       e.program_id, e.started_on, e.ended_on,
                       array(select r.completed_on from questionnaire_response r
                             where r.participant_id = e.participant_id and r.total is not null
                               and r.completed_on >= e.started_on) as done
                from measurement_episode e
                where e.participant_id in (%s)
                order by e.participant_id, e.started_on desc
                """.formatted(
                        names ? "(select p.preferred_name from participant p where p.id = e.participant_id)" : "null",
                        people))
                .params(params)
                .query(rs -> {
                    List<LocalDate> done = new ArrayList<>();
                    Array array = rs.getArray("done");
                    for (Object day : (Object[]) array.getArray()) {
                        done.add(((Date) day).toLocalDate());
                    }
                    latest.add(new Latest(
                            rs.getObject("participant_id", UUID.class),
                            rs.getString("preferred_name"),
                            rs.getObject("program_id", UUID.class),
                            rs.getObject("started_on", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class),
                            done));
                });
        Set<UUID> programs = new HashSet<>();
        latest.forEach(l -> programs.add(l.program()));
        Map<UUID, Schedule> byProgram = schedules.of(programs);
        List<Due> due = new ArrayList<>();
        for (Latest l : latest) {
            for (Schedule.Standing standing :
                    byProgram.get(l.program()).standings(l.start(), l.end(), l.done(), today)) {
                boolean shown = standing.status() != Schedule.Status.DONE
                        && !(standing.status() == Schedule.Status.OVERDUE
                                && standing.window().closes().isBefore(today.minusDays(OVERDUE_SHOWN_DAYS)));
                if (shown) {
                    due.add(new Due(l.person(), l.name(), standing.window(), standing.status()));
                }
            }
        }
        if (names) {
            due.sort(java.util.Comparator.comparing((Due d) -> d.window().closes())
                    .thenComparing(Due::preferredName));
        }
        return due;
    }
}
