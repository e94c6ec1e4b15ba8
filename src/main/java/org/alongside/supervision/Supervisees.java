package org.alongside.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.Viewer;
import org.alongside.staff.SupervisionManagement;
import org.alongside.supervision.domain.SessionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's current supervisees, each with the day they were last supervised and whether they
 * asked, since then, to talk in supervision (the only thing of their wellbeing check-ins anyone
 * else sees).
 */
@Service
public class Supervisees {

    private final SupervisionManagement supervision;
    private final SessionStore store;
    private final WellbeingCheckIns wellbeing;

    Supervisees(SupervisionManagement supervision, SessionStore store, WellbeingCheckIns wellbeing) {
        this.supervision = supervision;
        this.store = store;
        this.wellbeing = wellbeing;
    }

    /** A current supervisee of the viewer, with the day they were last supervised (null: never). */
    public record Supervisee(UUID id, String name, LocalDate lastSupervised, boolean wantsToTalk) {

        /** Days from the last session to {@code today}; null when never supervised. */
        public Long daysSince(LocalDate today) {
            return lastSupervised == null ? null : java.time.temporal.ChronoUnit.DAYS.between(lastSupervised, today);
        }
    }

    @Transactional(readOnly = true)
    public List<Supervisee> of(Viewer.StaffMember viewer) {
        List<org.alongside.staff.SupervisorLink> links = supervision.superviseesOf(viewer.id());
        Set<UUID> talk = wellbeing.wantingToTalk(
                links.stream().map(org.alongside.staff.SupervisorLink::workerId).toList());
        java.util.Map<UUID, LocalDate> last = store.lastSupervised(
                links.stream().map(org.alongside.staff.SupervisorLink::workerId).toList());
        return links.stream()
                .map(l -> new Supervisee(
                        l.workerId(), l.workerName(), last.get(l.workerId()), talk.contains(l.workerId())))
                .toList();
    }
}
