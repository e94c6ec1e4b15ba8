package org.alongside.referral.web;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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

    ReferralSlipController(ReferralManagement referrals, ServicePage services, WorkPhones phones, PdfRenderer pdf) {
        this.referrals = referrals;
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
}
