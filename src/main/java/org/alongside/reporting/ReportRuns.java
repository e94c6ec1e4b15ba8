package org.alongside.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alongside.reporting.OutcomeReport.Question;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Outcome reports made in the background so a page can show their progress: each run belongs to the
 * person who asked for it (anyone else is told it does not exist), holds only counts and means (no
 * one's record), and is forgotten an hour after it started. A run lost to a restart is asked again.
 */
@Component
public class ReportRuns {

    private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

    static final Duration KEPT = Duration.ofHours(1);
    static final int MOST_KEPT = 200;

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** A run as it stands: how far it got (0 to 100), and the report once done. */
    public record Run(
            UUID id,
            UUID owner,
            Question question,
            Locale locale,
            Instant startedAt,
            int percent,
            State state,
            ProgramOutcomes report) {

        public boolean finished() {
            return state != State.RUNNING;
        }
    }

    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
    private final OutcomeReport reports;
    private final AsyncTaskExecutor executor;

    private final java.time.Clock clock;

    ReportRuns(
            OutcomeReport reports,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
            java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.executor = executor;
    }

    /**
     * Starts a report, refusing at once what it would refuse (a range out of bounds, a program that
     * is not the viewer's); while the viewer has one running, that one is returned instead.
     */
    public UUID start(Viewer.StaffMember viewer, Question question, Locale locale) {
        reports.programsAsked(viewer, question);
        forgetOld();
        Optional<Run> running = runs.values().stream()
                .filter(r -> r.owner().equals(viewer.id()) && !r.finished())
                .findFirst();
        if (running.isPresent()) {
            return running.get().id();
        }
        UUID id = UUID.randomUUID();
        runs.put(id, new Run(id, viewer.id(), question, locale, clock.instant(), 0, State.RUNNING, null));
        executor.execute(() -> {
            try {
                ProgramOutcomes report = reports.of(
                        viewer, question, locale, step -> runs.computeIfPresent(id, (k, r) -> withPercent(r, step)));
                runs.computeIfPresent(id, (k, r) -> finished(r, State.DONE, report));
            } catch (RuntimeException e) {
                log.warn("An outcome report run failed: {}", e.getClass().getSimpleName(), e);
                runs.computeIfPresent(id, (k, r) -> finished(r, State.FAILED, null));
            }
        });
        return id;
    }

    /** The viewer's own run; anyone else's, or one forgotten, is not found. */
    public Run of(Viewer.StaffMember viewer, UUID id) {
        Run run = id == null ? null : runs.get(id);
        if (run == null || !run.owner().equals(viewer.id())) {
            throw new NotFoundException("This report");
        }
        return run;
    }

    private static Run withPercent(Run r, int step) {
        return new Run(
                r.id(),
                r.owner(),
                r.question(),
                r.locale(),
                r.startedAt(),
                Math.min(99, 100 * step / OutcomeReport.STEPS),
                r.state(),
                null);
    }

    private static Run finished(Run r, State state, ProgramOutcomes report) {
        return new Run(r.id(), r.owner(), r.question(), r.locale(), r.startedAt(), 100, state, report);
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        runs.values().removeIf(r -> r.startedAt().isBefore(before) && r.finished());
        if (runs.size() >= MOST_KEPT) {
            runs.values().removeIf(Run::finished);
        }
    }
}
