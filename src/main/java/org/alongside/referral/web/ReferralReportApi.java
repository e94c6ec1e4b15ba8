package org.alongside.referral.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alongside.referral.ReferralReport;
import org.alongside.referral.ReferralReport.Report;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The referral report over the API, with the same figures and the same rules as the page. */
@RestController
@Tag(name = "Referrals")
class ReferralReportApi {

    private final ReportQuestion questions;
    private final ReferralReport reports;

    ReferralReportApi(ReportQuestion questions, ReferralReport reports) {
        this.questions = questions;
        this.reports = reports;
    }

    @Operation(
            summary = "What a program's referrals came to over a date range (the last 90 days unless given)",
            description = "Counts only: by need, share connected of those that ended, median days to connection,"
                    + " reasons for not connecting, and the services with the lowest connected rate (from 5 ended).")
    @GetMapping("/api/v1/referrals/report")
    Report report(
            StaffMember user,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReportQuestion.Asked asked = questions.read(user, program, from, to);
        return reports.of(user, asked.program(), asked.from(), asked.to());
    }
}
