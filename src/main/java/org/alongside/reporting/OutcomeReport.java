package org.alongside.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.alongside.outcomes.InstrumentCatalog;
import org.alongside.outcomes.MeasureSchedules;
import org.alongside.participant.RecordGate;
import org.alongside.reporting.ProgramOutcomes.CostAvoided;
import org.alongside.reporting.ProgramOutcomes.CostLine;
import org.alongside.reporting.ProgramOutcomes.FollowUp;
import org.alongside.reporting.ProgramOutcomes.ServiceUse;
import org.alongside.reporting.ProgramOutcomes.Use;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The program outcome report, for a program's supervisors and administrators (or across all their
 * programs), over a date range of at most ten years: one list access through the record gate for
 * the purpose evaluation, audited, its statements run in the gate's transaction, the people counted
 * only those the viewer may see.
 */
@org.springframework.stereotype.Service
@EnableConfigurationProperties(UnitCosts.class)
public class OutcomeReport {

    /** The steps a report runs, for its progress. */
    public static final int STEPS = 7;

    private final RecordGate gate;
    private final ProgramManagement programs;
    private final ActivityQueries activity;
    private final OutcomeQueries outcomes;
    private final InstrumentCatalog catalog;
    private final MeasureSchedules schedules;
    private final UnitCosts costs;
    private final Clock clock;

    OutcomeReport(
            RecordGate gate,
            ProgramManagement programs,
            ActivityQueries activity,
            OutcomeQueries outcomes,
            InstrumentCatalog catalog,
            MeasureSchedules schedules,
            UnitCosts costs,
            Clock clock) {
        this.gate = gate;
        this.programs = programs;
        this.activity = activity;
        this.outcomes = outcomes;
        this.catalog = catalog;
        this.schedules = schedules;
        this.costs = costs;
        this.clock = clock;
    }

    /** What is asked: one program (null for all the viewer's programs) and the first and last day, both included. */
    public record Question(UUID program, LocalDate from, LocalDate to) {}

    /** Refuses a range that is missing, ends before it starts or spans more than ten years, field by field. */
    public static void check(Question question) {
        Map<String, String> errors = new HashMap<>();
        if (question.from() == null) {
            errors.put("from", "Choose the first day");
        }
        if (question.to() == null) {
            errors.put("to", "Choose the last day");
        }
        if (question.from() != null && question.to() != null) {
            if (question.to().isBefore(question.from())) {
                errors.put("to", "The last day is on or after the first");
            } else if (question.from().plusYears(10).isBefore(question.to())) {
                errors.put("to", "A report spans ten years at most");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The programs the viewer may report on: those they supervise or administer as a member. */
    public Map<UUID, String> programsOf(Viewer.StaffMember viewer) {
        if (!(viewer.isAdmin() || viewer.isSupervisor())) {
            return Map.of();
        }
        return programs.names(programs.programsOf(viewer.id()));
    }

    /**
     * The programs a question covers (the one asked, or all the viewer's), refusing a range out of
     * bounds field by field and a program that is not the viewer's as not found.
     */
    public List<UUID> programsAsked(Viewer.StaffMember viewer, Question question) {
        check(question);
        Map<UUID, String> mine = programsOf(viewer);
        if (question.program() != null ? !mine.containsKey(question.program()) : mine.isEmpty()) {
            throw new NotFoundException("This program");
        }
        return question.program() != null
                ? List.of(question.program())
                : mine.keySet().stream().sorted().toList();
    }

    public ProgramOutcomes of(Viewer viewer, Question question, Locale locale) {
        return of(viewer, question, locale, step -> {});
    }

    /** The report; {@code progress} hears each step done (1 to {@link #STEPS}). */
    public ProgramOutcomes of(Viewer viewer, Question question, Locale locale, IntConsumer progress) {
        List<UUID> ids = programsAsked(viewer.staff(), question);
        Map<UUID, String> names = programs.names(ids);
        Object subject = question.program() != null ? question.program() : "all";
        return gate.list(viewer, ReportingActions.OUTCOMES, "program", subject, listing -> {
            ReportSql q =
                    new ReportSql(ids, question.from(), question.to(), LocalDate.now(clock), listing.visibility());
            activity.prepare(q);
            ProgramOutcomes.People people = activity.people(q);
            progress.accept(1);
            ActivityQueries.Contacts contacts = activity.contacts(q);
            progress.accept(2);
            ProgramOutcomes.Groups groups = activity.groups(q);
            ProgramOutcomes.Referrals referrals = activity.referrals(q);
            progress.accept(3);
            List<ProgramOutcomes.Change> changes = outcomes.changes(q, catalog.changeRules(), locale);
            progress.accept(4);
            ServiceUse use = outcomes.use(q);
            progress.accept(5);
            List<ProgramOutcomes.Circumstance> circumstances = outcomes.circumstances(q);
            progress.accept(6);
            Map<UUID, int[]> rates = outcomes.followUps(q, schedules.of(ids));
            List<FollowUp> followUps = ids.stream()
                    .map(id -> {
                        int[] r = rates.getOrDefault(id, new int[2]);
                        return new FollowUp(id, names.get(id), r[0], r[1]);
                    })
                    .sorted(java.util.Comparator.comparing(FollowUp::name))
                    .toList();
            progress.accept(7);
            listing.detail("from=" + question.from() + " to=" + question.to() + " programs=" + ids.size() + " served="
                    + people.served());
            return new ProgramOutcomes(
                    ids,
                    ids.stream().map(names::get).sorted().toList(),
                    question.from(),
                    question.to(),
                    people,
                    contacts.byMode(),
                    contacts.byActivity(),
                    contacts.all(),
                    groups,
                    referrals,
                    changes,
                    use,
                    circumstances,
                    followUps,
                    cost(use));
        });
    }

    /** Per measure with a unit cost: (rate before − rate during) × person-years during × unit cost; admissions carry no cost of their own. */
    private CostAvoided cost(ServiceUse use) {
        List<CostLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Use measure : use.measures()) {
            BigDecimal unit = costs.of(measure.measure());
            if (unit == null) {
                continue;
            }
            double avoided = (measure.perYearBefore() - measure.perYearDuring()) * use.yearsDuring();
            BigDecimal amount = unit.multiply(BigDecimal.valueOf(avoided)).setScale(0, RoundingMode.HALF_UP);
            lines.add(new CostLine(measure.measure(), unit, avoided, amount));
            total = total.add(amount);
        }
        return new CostAvoided(
                costs.configured(),
                costs.currency() == null ? "USD" : costs.currency(),
                costs.source(),
                List.copyOf(lines),
                total);
    }
}
