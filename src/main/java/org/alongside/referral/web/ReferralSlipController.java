package org.alongside.referral.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.ServicePage;
import org.alongside.referral.ReferralManagement;
import org.alongside.referral.ReferralView;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.PdfRenderer;
import org.alongside.staff.WorkPhones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The referral slip a person can carry: one printable page with the service's name, address,
 * phone, hours and what to bring, and the worker's name and number, in the person's language.
 */
@RestController
class ReferralSlipController {

    private final ReferralManagement referrals;
    private final ServicePage services;
    private final WorkPhones phones;
    private final PdfRenderer pdf;
    private final SlipText slips;

    ReferralSlipController(
            ReferralManagement referrals, ServicePage services, WorkPhones phones, PdfRenderer pdf, SlipText slips) {
        this.referrals = referrals;
        this.slips = slips;
        this.services = services;
        this.phones = phones;
        this.pdf = pdf;
    }

    @GetMapping({"/people/{id}/referrals/{referralId}/slip.pdf", "/api/v1/participants/{id}/referrals/{referralId}/slip"
    })
    ResponseEntity<byte[]> slip(StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId) {
        WorkPhones.Reach worker = phones.of(user.id()).orElseThrow(() -> new NotFoundException("This staff member"));
        byte[] body = referrals.discloseSlip(user, id, referralId, page -> {
            ReferralView referral = page.content();
            ServicePage.View service =
                    services.of(referral.serviceId()).orElseThrow(() -> new NotFoundException("This service"));
            return pdf.render(
                    "referral/slip",
                    Map.of("service", service, "referral", referral, "worker", worker),
                    SlipText.language(page.person()));
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("referral-slip.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /**
     * The slip as a text message: accounted as a disclosure to the person when the worker taps
     * "Text the slip", then handed to the phone's messages app with the words filled in.
     */
    @GetMapping("/people/{id}/referrals/{referralId}/slip/text")
    ResponseEntity<Void> text(StaffMember user, @PathVariable UUID id, @PathVariable UUID referralId) {
        String link = referrals.discloseSlipText(user, id, referralId, page -> {
            ReferralView referral = page.content();
            ServicePage.View service =
                    services.of(referral.serviceId()).orElseThrow(() -> new NotFoundException("This service"));
            return "sms:" + SlipText.textNumber(page.person()) + "?body="
                    + UriUtils.encodeQueryParam(
                            slips.text(service, referral, user.id(), page.person()), StandardCharsets.UTF_8);
        });
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, link)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
