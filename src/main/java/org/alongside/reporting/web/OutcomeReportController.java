package org.alongside.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.reporting.OutcomeReport;
import org.alongside.reporting.ReportRuns;
import org.alongside.shared.Language;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.PdfRenderer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The program outcome report's pages for supervisors and administrators: what to report on (one of
 * their programs or all of them, and a range), the run's progress while it is made in the
 * background, then the figures with charts beside them, as a PDF and as a CSV (small cells hidden
 * in both).
 */
@Controller
class OutcomeReportController {

    private final OutcomeReport reports;
    private final ReportRuns runs;
    private final ReportCsv csv;
    private final PdfRenderer pdf;
    private final ReportCharts charts;
    private final Clock clock;

    OutcomeReportController(
            OutcomeReport reports, ReportRuns runs, ReportCsv csv, PdfRenderer pdf, ReportCharts charts, Clock clock) {
        this.reports = reports;
        this.runs = runs;
        this.csv = csv;
        this.pdf = pdf;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/reports/outcomes")
    String page(StaffMember user, Model model) {
        Map<UUID, String> programs = programs(user);
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("typed")) {
            model.addAttribute(
                    "typed",
                    Map.of(
                            "program",
                                    programs.isEmpty()
                                            ? ""
                                            : programs.keySet()
                                                    .iterator()
                                                    .next()
                                                    .toString(),
                            "from", today.minusYears(1).plusDays(1).toString(),
                            "to", today.toString()));
        }
        Forms.errorsIfNone(model);
        model.addAttribute("programs", programs);
        return "reporting/outcomes";
    }

    private Map<UUID, String> programs(StaffMember user) {
        Map<UUID, String> ordered = new java.util.LinkedHashMap<>();
        reports.programsOf(user).entrySet().stream()
                .sorted(Map.Entry.<UUID, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    @PostMapping("/reports/outcomes")
    String start(
            StaffMember user,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        return Forms.submit(
                model,
                () -> {
                    UUID run = runs.start(
                            user,
                            ReportQuestions.read(program, from, to, LocalDate.now(clock)),
                            LocaleContextHolder.getLocale());
                    return "redirect:/reports/outcomes/runs/" + run;
                },
                () -> page(user, model));
    }

    @GetMapping("/reports/outcomes/runs/{run}")
    String run(StaffMember user, @PathVariable UUID run, Model model) {
        ReportRuns.Run found = runs.of(user, run);
        model.addAttribute("run", found);
        if (found.report() != null) {
            model.addAttribute("report", found.report());
            model.addAttribute("cells", new ReportCells(false));
            model.addAttribute("charts", charts.of(found.report()));
        }
        return "reporting/run";
    }

    /** The progress while the run goes on; once it is done, the browser is sent to the whole report. */
    @GetMapping("/reports/outcomes/runs/{run}/progress")
    Object progress(StaffMember user, @PathVariable UUID run, Model model) {
        ReportRuns.Run found = runs.of(user, run);
        if (found.finished()) {
            return ResponseEntity.noContent()
                    .header("HX-Redirect", "/reports/outcomes/runs/" + run)
                    .build();
        }
        model.addAttribute("run", found);
        return "reporting/run :: progress";
    }

    @GetMapping(value = "/reports/outcomes/runs/{run}.csv", produces = "text/csv")
    ResponseEntity<String> csv(StaffMember user, @PathVariable UUID run) {
        ReportRuns.Run found = done(user, run);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(found, "csv"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.of(found.report(), found.locale()));
    }

    @GetMapping(value = "/reports/outcomes/runs/{run}.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(StaffMember user, @PathVariable UUID run) {
        ReportRuns.Run found = done(user, run);
        Locale locale = found.locale();
        byte[] document = pdf.render(
                "reporting/outcomes-pdf",
                Map.of("report", found.report(), "cells", new ReportCells(true)),
                Language.ofCode(locale.getLanguage()).orElse(Language.ENGLISH));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(found, "pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    private ReportRuns.Run done(StaffMember user, UUID run) {
        ReportRuns.Run found = runs.of(user, run);
        if (found.report() == null) {
            throw new NotFoundException("This report");
        }
        return found;
    }

    private static String attachment(ReportRuns.Run run, String extension) {
        return ContentDisposition.attachment()
                .filename("outcomes-" + run.question().from() + "-to-"
                        + run.question().to() + "." + extension)
                .build()
                .toString();
    }
}
