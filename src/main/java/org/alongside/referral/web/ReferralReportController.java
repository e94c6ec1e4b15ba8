package org.alongside.referral.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.referral.ReferralReport;
import org.alongside.referral.ReferralReport.Figures;
import org.alongside.referral.ReferralReport.Report;
import org.alongside.referral.ReferralSettings;
import org.alongside.shared.CsvCells;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral report for a program's supervisors and administrators (page, CSV and API), and the
 * administrators' page for each program's days to the first follow-up.
 */
@Controller
class ReferralReportController {

    private final ReferralReport reports;
    private final ReferralSettings settings;
    private final ReportQuestion questions;
    private final Texts texts;

    ReferralReportController(ReferralReport reports, ReferralSettings settings, ReportQuestion questions, Texts texts) {
        this.reports = reports;
        this.settings = settings;
        this.questions = questions;
        this.texts = texts;
    }

    @GetMapping("/reports/referrals")
    String page(
            StaffMember user,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        model.addAttribute("programs", questions.programsOf(user));
        model.addAttribute("typedFrom", from);
        model.addAttribute("typedTo", to);
        return Forms.submit(
                model,
                () -> {
                    ReportQuestion.Asked asked = questions.read(user, program, from, to);
                    model.addAttribute("asked", asked);
                    if (asked.program() != null) {
                        model.addAttribute("report", reports.of(user, asked.program(), asked.from(), asked.to()));
                    }
                    return "referral/report";
                },
                () -> "referral/report");
    }

    @GetMapping(value = "/reports/referrals.csv", produces = "text/csv")
    ResponseEntity<String> csv(
            StaffMember user,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReportQuestion.Asked asked = questions.read(user, program, from, to);
        Report report = reports.of(user, asked.program(), asked.from(), asked.to());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("referrals-" + asked.from() + "-to-" + asked.to() + ".csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv(report));
    }

    private static final String[] HEADER = {
        "section",
        "item",
        "referrals",
        "open",
        "connected",
        "not_connected",
        "cancelled",
        "share_connected_percent",
        "median_days_to_connection"
    };

    /** The report as one table: the whole program, each need, each lowest-rate service, each reason; cells neutralised. */
    private String csv(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            row(csv, "all", texts.of("report.all"), report.all());
            for (Figures need : report.byNeed()) {
                row(csv, "need", texts.of("need." + need.name()), need);
            }
            for (Figures service : report.lowestServices()) {
                row(csv, "lowest_connected_service", service.name(), service);
            }
            for (ReferralReport.Reason reason : report.reasons()) {
                csv.printRecord(
                        "not_connected_reason",
                        CsvCells.neutralise(texts.of("notConnectedReason." + reason.reason())),
                        reason.count(),
                        "",
                        "",
                        reason.count(),
                        "",
                        "",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String section, String item, Figures f) throws IOException {
        csv.printRecord(
                section,
                CsvCells.neutralise(item),
                f.made(),
                f.open(),
                f.connected(),
                f.notConnected(),
                f.cancelled(),
                f.shareConnected() == null ? "" : f.shareConnected(),
                f.medianDays() == null ? "" : String.format(Locale.ROOT, "%.1f", f.medianDays()));
    }

    @GetMapping("/admin/referrals")
    String settingsPage(StaffMember user, Model model) {
        model.addAttribute("programs", questions.programsOf(user));
        model.addAttribute("own", settings.own());
        model.addAttribute("defaultDays", settings.defaultDays());
        return "referral/settings";
    }

    @PostMapping("/admin/referrals")
    String saveSettings(
            StaffMember user,
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) String followUpDays,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        UUID program = FormValues.uuid(programId, "programId", "Choose one of your programs", errors);
        Integer days = FormValues.integer(followUpDays, "followUpDays", errors);
        return Forms.submit(
                model,
                () -> {
                    Forms.refuseIfAny(errors);
                    settings.set(user, program, days);
                    redirect.addFlashAttribute("saved", texts.of("referralSettings.saved"));
                    return "redirect:/admin/referrals";
                },
                () -> {
                    model.addAttribute("failedProgram", program);
                    model.addAttribute("typedDays", followUpDays);
                    return settingsPage(user, model);
                });
    }
}
