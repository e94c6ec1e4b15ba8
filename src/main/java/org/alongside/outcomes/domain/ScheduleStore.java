package org.alongside.outcomes.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.Schedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each program's measure schedule: every one set is kept; the latest holds; none set means SUPRT timing. */
@Repository
public class ScheduleStore {

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Schedule of(UUID programId) {
        return of(java.util.List.of(programId)).getOrDefault(programId, Schedule.SUPRT);
    }

    /** The schedules the programs set (a program absent here follows SUPRT timing). */
    public Map<UUID, Schedule> of(Collection<UUID> programIds) {
        Map<UUID, Schedule> set = new HashMap<>();
        if (programIds.isEmpty()) {
            return set;
        }
        jdbc.sql("""
                select distinct on (program_id) * from measure_schedule where program_id in (:ids)
                order by program_id, set_at desc
                """).param("ids", programIds).query(rs -> {
            set.put(
                    rs.getObject("program_id", UUID.class),
                    new Schedule(
                            rs.getInt("baseline_days"),
                            rs.getInt("reassessment_day"),
                            rs.getInt("annual_every"),
                            rs.getInt("tolerance"),
                            rs.getInt("discharge_days")));
        });
        return set;
    }

    public void set(UUID programId, Schedule schedule, UUID by, Instant at) {
        jdbc.sql("""
                insert into measure_schedule (program_id, set_at, baseline_days, reassessment_day, annual_every,
                                              tolerance, discharge_days, set_by)
                values (:program, :at, :baseline, :reassessment, :annual, :tolerance, :discharge, :by)
                """)
                .param("program", programId)
                .param("at", java.sql.Timestamp.from(at))
                .param("baseline", schedule.baselineDays())
                .param("reassessment", schedule.reassessmentDay())
                .param("annual", schedule.annualEvery())
                .param("tolerance", schedule.tolerance())
                .param("discharge", schedule.dischargeDays())
                .param("by", by)
                .update();
    }
}
