package org.alongside.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.Activity;
import org.alongside.contact.ContactMode;
import org.alongside.outcomes.DueMeasures;
import org.alongside.participant.RecordGate;
import org.alongside.participant.Visibility;
import org.alongside.shared.Viewer;
import org.alongside.staff.SupervisionManagement;
import org.alongside.staff.SupervisorLink;
import org.alongside.supervision.domain.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The workload of a supervisor's team over the last four weeks, per supervisee: active caseload
 * (the active records they are the primary worker of, as their caseload page counts them) against the ratio, contacts and hours a week, time by activity and by mode, notes awaiting a signature or a
 * co-sign, overdue follow-ups and measures, days since the last supervision, and the share of
 * logged time outside the peer role, flagged as drift above the configured share. A contact's
 * minutes are split evenly between its activities. Read for the purpose supervision, through the
 * gate's list rule, in one pass: only people the supervisor may see are counted.
 */
@Service
public class Workloads {

    /** Four weeks, the window the figures cover. */
    static final int DAYS = 28;

    public record WorkerLoad(
            UUID workerId,
            String name,
            int caseload,
            int contacts,
            long minutes,
            Map<Activity, Double> minutesByActivity,
            Map<ContactMode, Long> minutesByMode,
            int awaitingSignature,
            int awaitingCosign,
            int overdueFollowUps,
            int overdueMeasures,
            Long daysSinceSupervision,
            double outsideShare,
            boolean drift) {

        public double contactsPerWeek() {
            return contacts / 4.0;
        }

        public double hoursPerWeek() {
            return minutes / 60.0 / 4.0;
        }
    }

    public record Team(LocalDate from, LocalDate to, int ratio, double driftShare, List<WorkerLoad> workers) {}

    private final RecordGate gate;
    private final SupervisionManagement supervision;
    private final DueMeasures due;
    private final SessionStore sessions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int ratio;
    private final double driftShare;

    Workloads(
            RecordGate gate,
            SupervisionManagement supervision,
            DueMeasures due,
            SessionStore sessions,
            JdbcClient jdbc,
            Clock clock,
            @Value("${alongside.supervision.caseload-ratio:15}") int ratio,
            @Value("${alongside.supervision.drift-share:0.30}") double driftShare) {
        this.gate = gate;
        this.supervision = supervision;
        this.due = due;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ratio = ratio;
        this.driftShare = driftShare;
    }

    public Team of(Viewer.StaffMember viewer) {
        List<SupervisorLink> links = supervision.superviseesOf(viewer.id());
        List<UUID> workers = links.stream().map(SupervisorLink::workerId).toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS - 1L);
        if (workers.isEmpty()) {
            return new Team(from, today, ratio, driftShare, List.of());
        }
        Map<UUID, int[]> caseloads = new HashMap<>();
        Map<UUID, UUID> workerOf = new HashMap<>();
        Map<UUID, Integer> overdue = new HashMap<>();
        Map<UUID, WorkloadQueries.Notes> notes =
                gate.list(viewer, SupervisionActions.WORKLOAD, "staff", viewer.id(), listing -> {
                    Visibility team = listing.visibility().teamOf(viewer.id());
                    WorkloadQueries queries = new WorkloadQueries(jdbc, team);
                    queries.caseloads(workers, today, caseloads, workerOf);
                    due.overdueAmong(listing, team, today).forEach((person, count) -> {
                        UUID worker = workerOf.get(person);
                        if (worker != null) {
                            overdue.merge(worker, count, Integer::sum);
                        }
                    });
                    return queries.notes(workers, from, today);
                });
        Map<UUID, LocalDate> last = sessions.lastSupervised(workers);
        List<WorkerLoad> loads = new ArrayList<>();
        for (SupervisorLink link : links) {
            UUID w = link.workerId();
            WorkloadQueries.Notes n = notes.getOrDefault(w, WorkloadQueries.Notes.NONE);
            int[] c = caseloads.getOrDefault(w, new int[2]);
            double outside = 0;
            for (Map.Entry<Activity, Double> e : n.byActivity().entrySet()) {
                if (e.getKey().outsideRole()) {
                    outside += e.getValue();
                }
            }
            double share = n.minutes() == 0 ? 0 : outside / n.minutes();
            LocalDate lastOn = last.get(w);
            loads.add(new WorkerLoad(
                    w,
                    link.workerName(),
                    c[0],
                    n.contacts(),
                    n.minutes(),
                    n.byActivity(),
                    n.byMode(),
                    n.awaitingSignature(),
                    n.awaitingCosign(),
                    c[1],
                    overdue.getOrDefault(w, 0),
                    lastOn == null ? null : ChronoUnit.DAYS.between(lastOn, today),
                    share,
                    share > driftShare));
        }
        return new Team(from, today, ratio, driftShare, List.copyOf(loads));
    }
}
