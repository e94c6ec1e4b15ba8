package org.alongside.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program outcome report: who was served over a date range and what services they used, how their
 * questionnaire scores changed, their use of hospitals, emergency departments, crisis services and
 * jail in the six months before enrolment against the time during services, their housing and work
 * at baseline against the latest, how many measures were done inside their window, and the cost
 * avoided that the configured unit costs estimate. Counts only people the viewer may see.
 */
public record ProgramOutcomes(
        List<UUID> programs,
        List<String> programNames,
        LocalDate from,
        LocalDate to,
        People people,
        List<Service> byMode,
        List<Service> byActivity,
        Service allContacts,
        Groups groups,
        Referrals referrals,
        List<Change> changes,
        ServiceUse use,
        List<Circumstance> circumstances,
        List<FollowUp> followUps,
        CostAvoided cost) {

    /** The smallest count an export shows; below it (but above zero) a cell reads "<11". */
    public static final int SMALLEST_SHOWN = 11;

    /** SAMHSA's expectation for the share of follow-up measures done inside their window. */
    public static final int FOLLOW_UP_EXPECTED_PERCENT = 80;

    /** People with an episode in the program that overlaps the range; those whose episode started or ended in it. */
    public record People(int served, int started, int ended) {}

    /** Contacts (signed by their author, dated in the range) of one kind, their minutes and how many people had them. */
    public record Service(String key, int contacts, long minutes, int people) {
        public double hours() {
            return minutes / 60.0;
        }
    }

    /** Group sessions of the program's groups held in the range, attendances and the people who came. */
    public record Groups(int sessions, int attendances, int people) {}

    /** Referrals made in the range and how many of them have connected. */
    public record Referrals(int made, int connected) {}

    /**
     * One instrument: the people with a baseline and a later follow-up in the range, the mean change
     * from baseline with its 95% confidence interval (Student's t), and how many changed reliably.
     */
    public record Change(
            String instrumentId,
            String title,
            String loincTotal,
            int n,
            double meanBaseline,
            double meanLatest,
            double meanChange,
            Double sd,
            Double low,
            Double high,
            int improved,
            int unchanged,
            int deteriorated,
            String method) {

        public boolean judged() {
            return method != null;
        }
    }

    /** A measure of service use: events (or days) in the six months before enrolment, and during services. */
    public record Use(String measure, long before, long during, double perYearBefore, double perYearDuring) {}

    /** People counted, their person-years before and during, and each measure. */
    public record ServiceUse(int n, double yearsBefore, double yearsDuring, List<Use> measures) {}

    /** Housing or work: of the people whose situation is known at baseline and latest, how many were stable or employed at each. */
    public record Circumstance(String what, int n, int atBaseline, int latest) {}

    /** Measures whose window closed in the range, and how many were done inside it, per program. */
    public record FollowUp(UUID program, String name, int due, int done) {
        public Integer percent() {
            return due == 0 ? null : Math.round(100f * done / due);
        }

        public boolean meetsExpectation() {
            return due > 0 && 100L * done >= (long) FOLLOW_UP_EXPECTED_PERCENT * due;
        }
    }

    /** One measure's avoided use (per person-year before minus during, times person-years during) and its cost. */
    public record CostLine(String measure, BigDecimal unitCost, double avoided, BigDecimal amount) {}

    /** The estimate and its assumptions; configured is false when no unit cost is set. */
    public record CostAvoided(
            boolean configured, String currency, String source, List<CostLine> lines, BigDecimal total) {}
}
