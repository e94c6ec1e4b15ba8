package org.alongside.outcomes;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.outcomes.domain.ScheduleStore;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each program's measures are due, as data: SAMHSA's SUPRT timing unless the program's
 * administrator set its own. Every schedule set is kept with who set it; the latest holds.
 */
@Service
public class MeasureSchedules {

    private final ScheduleStore store;
    private final ProgramManagement programs;
    private final AuditLog audit;
    private final Clock clock;

    MeasureSchedules(ScheduleStore store, ProgramManagement programs, AuditLog audit, Clock clock) {
        this.store = store;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    public Schedule of(UUID programId) {
        return store.of(programId);
    }

    /** An administrator of the program reads its schedule. */
    public Schedule read(Viewer.StaffMember actor, UUID programId) {
        if (!actor.isAdmin() || programId == null || !programs.isMember(programId, actor.id())) {
            throw new NotFoundException("This program");
        }
        return store.of(programId);
    }

    /** The schedules of these programs, SUPRT for those that set none. */
    public Map<UUID, Schedule> of(Collection<UUID> programIds) {
        Map<UUID, Schedule> all = new java.util.HashMap<>(store.of(programIds));
        programIds.forEach(id -> all.putIfAbsent(id, Schedule.SUPRT));
        return all;
    }

    /** An administrator of the program sets its schedule (refused field by field when the windows would not make sense). */
    @Transactional
    public Schedule set(Viewer.StaffMember actor, UUID programId, Schedule schedule) {
        if (!actor.isAdmin() || programId == null || !programs.isMember(programId, actor.id())) {
            throw new NotFoundException("This program");
        }
        if (schedule == null) {
            throw new InvalidInputException("schedule", "Give the schedule's days");
        }
        store.set(programId, schedule, actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor.id(), OutcomeActions.SCHEDULE_SET, "program", programId)
                .withDetail("baseline=%d reassessment=%d annual=%d tolerance=%d discharge=%d"
                        .formatted(
                                schedule.baselineDays(),
                                schedule.reassessmentDay(),
                                schedule.annualEvery(),
                                schedule.tolerance(),
                                schedule.dischargeDays())));
        return schedule;
    }
}
