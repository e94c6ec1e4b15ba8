package org.alongside.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.alongside.reporting.OutcomeReport;
import org.alongside.reporting.ProgramOutcomes;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The program outcome report over the API: the same figures and rules as the page, exact (no cells hidden). */
@RestController
@Tag(name = "Outcome measures")
class OutcomeReportApi {

    private final OutcomeReport reports;
    private final Clock clock;

    OutcomeReportApi(OutcomeReport reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(
            summary = "A program's outcome report over a date range (the last 12 months unless given)",
            description =
                    "For a program's supervisors and administrators; without a program, across all of theirs."
                            + " People served, contacts and hours by mode and activity, groups, referrals, change per"
                            + " instrument from baseline with a 95% interval (Student's t) and reliable change (LOINC total"
                            + " codes where the pack has them), service use per person-year in the six months before"
                            + " enrolment and during services, housing and work at baseline and latest, measures done"
                            + " inside their window, and cost avoided from the configured unit costs. Counts only the"
                            + " people the caller may see. A range ending before it starts or longer than ten years is refused.")
    @GetMapping("/api/v1/reports/outcomes")
    ProgramOutcomes report(
            StaffMember user,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reports.of(
                user, ReportQuestions.read(program, from, to, LocalDate.now(clock)), LocaleContextHolder.getLocale());
    }
}
