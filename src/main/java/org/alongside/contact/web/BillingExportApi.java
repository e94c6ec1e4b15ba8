package org.alongside.contact.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.BillingExport;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Billable contacts as CSV for a program and date range. */
@RestController
class BillingExportApi {

    private final BillingExport export;

    BillingExportApi(BillingExport export) {
        this.export = export;
    }

    @Operation(summary = "Billable contacts (signed notes with units) of a program for a date range, as CSV")
    @GetMapping("/api/v1/billing/contacts.csv")
    ResponseEntity<String> csv(
            StaffMember user,
            @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = FormValues.date(from, "from", errors);
        LocalDate last = FormValues.date(to, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return attachment(export.csv(user, programId, first, last), first, last);
    }

    static ResponseEntity<String> attachment(String body, LocalDate first, LocalDate last) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("billable-contacts-" + first + "-to-" + last + ".csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
