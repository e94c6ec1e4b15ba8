package org.alongside.recoveryplan.web;

import java.util.Map;
import java.util.UUID;
import org.alongside.recoveryplan.CrisisPlanManagement;
import org.alongside.recoveryplan.RecoveryPlanManagement;
import org.alongside.shared.Language;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** "My crisis plan" and "My recovery plan" as PDFs the person can carry, from pages and the API. */
@RestController
class PlanPdfController {

    private final RecoveryPlanManagement recoveryPlans;
    private final CrisisPlanManagement crisisPlans;
    private final PdfRenderer pdf;

    PlanPdfController(RecoveryPlanManagement recoveryPlans, CrisisPlanManagement crisisPlans, PdfRenderer pdf) {
        this.recoveryPlans = recoveryPlans;
        this.crisisPlans = crisisPlans;
        this.pdf = pdf;
    }

    @GetMapping({"/people/{id}/crisis-plan.pdf", "/api/v1/participants/{id}/crisis-plan/pdf"})
    ResponseEntity<byte[]> crisisPlan(StaffMember user, @PathVariable UUID id) {
        return file(
                "my-crisis-plan.pdf",
                crisisPlans.disclosePlan(
                        user,
                        id,
                        page -> pdf.render(
                                "recoveryplan/pdf/crisis-plan",
                                Map.of("plan", page.content().plan(), "person", page.person()),
                                Language.forDocumentsIn(page.person().details().preferredLanguage()))));
    }

    @GetMapping({"/people/{id}/plan.pdf", "/api/v1/participants/{id}/recovery-plan/pdf"})
    ResponseEntity<byte[]> recoveryPlan(StaffMember user, @PathVariable UUID id) {
        return file("my-recovery-plan.pdf", recoveryPlans.disclosePlan(user, id, this::render));
    }

    /** The recovery plan's PDF, naming the helpers the person's supporters do not already include. */
    private byte[] render(RecoveryPlanManagement.PlanPage page) {
        var plan = page.plan();
        var person = page.person();
        var named =
                person.details().supportContacts().stream().map(c -> c.name()).toList();
        var helpers = plan.plan().goals().stream()
                .flatMap(g -> g.steps().stream())
                .map(s -> s.whoHelps())
                .filter(h -> h != null && !named.contains(h))
                .distinct()
                .toList();
        return pdf.render(
                "recoveryplan/pdf/recovery-plan",
                Map.of("plan", plan.plan(), "person", person, "helpers", helpers),
                Language.forDocumentsIn(person.details().preferredLanguage()));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
