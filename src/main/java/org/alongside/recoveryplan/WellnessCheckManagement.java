package org.alongside.recoveryplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.recoveryplan.WellnessCheck.Rating;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Wellness self-checks: taken with the person, kept as taken, compared between any two dates. */
@Service
public class WellnessCheckManagement {

    private final JdbcClient jdbc;
    private final ParticipantManagement participants;
    private final RecordGate gate;
    private final Clock clock;

    WellnessCheckManagement(JdbcClient jdbc, RecordGate gate, ParticipantManagement participants, Clock clock) {
        this.clock = clock;
        this.participants = participants;
        this.jdbc = jdbc;
        this.gate = gate;
    }

    public WellnessCheck record(Viewer viewer, UUID participantId, LocalDate takenOn, List<Rating> ratings) {
        return gate.change(viewer, participantId, RecoveryPlanActions.WELLNESS_CHECK_ADD, admission -> {
            LocalDate day = takenOn == null ? LocalDate.now(clock) : takenOn;
            check(day, ratings == null ? List.of() : ratings);
            UUID id = UUID.randomUUID();
            jdbc.sql(
                            "insert into wellness_check (id, participant_id, taken_on, recorded_by) values (:id, :p, :day, :by)")
                    .param("id", id)
                    .param("p", participantId)
                    .param("day", day)
                    .param("by", viewer.staff().id())
                    .update();
            for (Rating r : ratings) {
                jdbc.sql("""
                        insert into wellness_check_rating (check_id, dimension, rating, strengths, wants, barriers)
                        values (:id, :d, :rating, :strengths, :wants, :barriers)
                        """)
                        .param("id", id)
                        .param("d", r.dimension().name())
                        .param("rating", r.rating())
                        .param("strengths", Blank.toNull(r.strengths()))
                        .param("wants", Blank.toNull(r.wants()))
                        .param("barriers", Blank.toNull(r.barriers()))
                        .update();
            }
            admission.detail("check=" + id);
            return load(participantId, id);
        });
    }

    /** Newest first. */
    public List<WellnessCheck> list(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, RecoveryPlanActions.WELLNESS_VIEW, admission -> listOf(participantId));
    }

    /** The self-checks page: the person, their checks, and (when two are chosen) how they compare, in one gated read. */
    public record WellnessPage(List<WellnessCheck> checks, WheelComparison comparison) {}

    public WithPerson<WellnessPage> page(Viewer viewer, UUID participantId, UUID fromId, UUID toId) {
        return participants.readWithPerson(viewer, participantId, RecoveryPlanActions.WELLNESS_VIEW, admission -> {
            WheelComparison comparison = null;
            if (fromId != null && toId != null) {
                admission.detail("compare=" + fromId + "," + toId);
                comparison = WheelComparison.of(load(participantId, fromId), load(participantId, toId));
            }
            return new WellnessPage(listOf(participantId), comparison);
        });
    }

    private List<WellnessCheck> listOf(UUID participantId) {
        Map<UUID, List<Rating>> byCheck = new LinkedHashMap<>();
        Map<UUID, LocalDate> days = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.taken_on, r.dimension, r.rating, r.strengths, r.wants, r.barriers
                from wellness_check c join wellness_check_rating r on r.check_id = c.id
                where c.participant_id = :p order by c.taken_on desc, c.recorded_at desc, r.dimension
                """).param("p", participantId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            days.put(id, rs.getObject("taken_on", LocalDate.class));
            byCheck.computeIfAbsent(id, k -> new ArrayList<>()).add(rating(rs));
        });
        return byCheck.entrySet().stream()
                .map(e -> new WellnessCheck(e.getKey(), days.get(e.getKey()), sorted(e.getValue())))
                .toList();
    }

    public WheelComparison compare(Viewer viewer, UUID participantId, UUID fromId, UUID toId) {
        return gate.read(viewer, participantId, RecoveryPlanActions.WELLNESS_COMPARE, admission -> {
            return WheelComparison.of(load(participantId, fromId), load(participantId, toId));
        });
    }

    private WellnessCheck load(UUID participantId, UUID checkId) {
        List<Rating> ratings = new ArrayList<>();
        LocalDate[] day = new LocalDate[1];
        jdbc.sql("""
                select c.taken_on, r.dimension, r.rating, r.strengths, r.wants, r.barriers
                from wellness_check c join wellness_check_rating r on r.check_id = c.id
                where c.id = :id and c.participant_id = :p
                """).param("id", checkId).param("p", participantId).query(rs -> {
            day[0] = rs.getObject("taken_on", LocalDate.class);
            ratings.add(rating(rs));
        });
        if (ratings.isEmpty()) {
            throw new NotFoundException("This self-check");
        }
        return new WellnessCheck(checkId, day[0], sorted(ratings));
    }

    private void check(LocalDate day, List<Rating> ratings) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day.isAfter(LocalDate.now(clock))) {
            errors.put("takenOn", "A self-check is for today or an earlier day");
        }
        Set<WellnessDimension> seen = EnumSet.noneOf(WellnessDimension.class);
        for (Rating r : ratings) {
            if (r.dimension() == null) {
                errors.put("ratings", "Each rating names a dimension of wellness");
                continue;
            }
            String field = "ratings." + r.dimension().name();
            if (!seen.add(r.dimension())) {
                errors.put(field, "Rate each dimension once");
            }
            if (r.rating() == null || r.rating() < 0 || r.rating() > 10) {
                errors.put(field, "Rate " + r.dimension().label() + " with a whole number from 0 to 10");
            }
            for (String note : new String[] {r.strengths(), r.wants(), r.barriers()}) {
                if (note != null && note.length() > 1000) {
                    errors.put(field, "Notes hold at most 1000 characters");
                }
            }
        }
        for (WellnessDimension d : WellnessDimension.values()) {
            if (!seen.contains(d)) {
                errors.putIfAbsent("ratings." + d.name(), "Rate " + d.label() + " from 0 to 10");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(
                WellnessDimension.valueOf(rs.getString("dimension")),
                rs.getInt("rating"),
                rs.getString("strengths"),
                rs.getString("wants"),
                rs.getString("barriers"));
    }

    private static List<Rating> sorted(List<Rating> ratings) {
        return ratings.stream().sorted(Comparator.comparing(Rating::dimension)).toList();
    }
}
