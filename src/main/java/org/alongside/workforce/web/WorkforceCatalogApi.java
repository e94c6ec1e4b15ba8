package org.alongside.workforce.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.workforce.Profiles;
import org.alongside.workforce.ProofFiles;
import org.alongside.workforce.RuleSetCatalog;
import org.alongside.workforce.WorkforceDashboard;
import org.alongside.workforce.domain.RuleSet;
import org.alongside.workforce.domain.RuleSetFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The workforce's shared data over the API: titles, renewal rule sets, proofs, and the dashboard. */
@RestController
@Tag(name = "Workforce")
class WorkforceCatalogApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Profiles profiles;
    private final RuleSetCatalog catalog;
    private final ProofFiles proofs;
    private final WorkforceDashboard dashboard;
    private final RenewalWords words;

    WorkforceCatalogApi(
            Profiles profiles,
            RuleSetCatalog catalog,
            ProofFiles proofs,
            WorkforceDashboard dashboard,
            RenewalWords words) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.proofs = proofs;
        this.dashboard = dashboard;
        this.words = words;
    }

    @Operation(summary = "The staff titles kept as data")
    @GetMapping("/api/v1/workforce/titles")
    List<Profiles.Title> titles() {
        return profiles.titles();
    }

    @Operation(
            summary = "The renewal rule sets a credential may follow, each at its latest version, with their sources")
    @GetMapping("/api/v1/workforce/rule-sets")
    List<RuleSet> ruleSets() {
        return catalog.all();
    }

    record RuleSetRequest(
            @Schema(requiredMode = REQUIRED, example = "state-cprs")
            String id,

            @Schema(requiredMode = REQUIRED, example = "State certified peer recovery specialist")
            String name,

            @Schema(example = "State certification board") String issuingBody,

            @Schema(
                    requiredMode = REQUIRED,
                    description =
                            "type ANNIVERSARY, CALENDAR_YEAR or FIXED_DATE (with month, day and parity ODD, EVEN or EXAM_YEAR)",
                    example = "{\"type\": \"ANNIVERSARY\", \"years\": 2}")
            RuleSetFiles.CycleFields cycle,

            @Schema(requiredMode = REQUIRED, example = "20") BigDecimal totalHours,
            @Schema(example = "{\"ETHICS\": 6}") Map<String, BigDecimal> categoryHours,

            @Schema(description = "trainings needed per category", example = "{}")
            Map<String, Integer> categoryTrainings,

            @Schema(example = "0") BigDecimal approvedHours,
            @Schema(example = "0") BigDecimal carryOverHours,

            @Schema(description = "months before a cycle's end in which certification waives its hours", example = "12")
            Integer waiverMonths,

            @Schema(example = "30") Integer graceDays,
            @Schema(example = "0") Integer lateDays,

            @Schema(description = "whether supervision received counts toward the hours", example = "false")
            Boolean supervisionCounts,

            @Schema(
                    requiredMode = REQUIRED,
                    example =
                            "[{\"fact\": \"20 hours every 2 years, 6 in ethics\", \"source\": \"The board's renewal rules, 2026\"}]")
            List<RuleSet.FactSource> sources) {}

    @Operation(summary = "Add a renewal rule set (administrators); an id already known becomes its next version")
    @PostMapping("/api/v1/workforce/rule-sets")
    ResponseEntity<RuleSet> addRuleSet(StaffMember user, @RequestBody RuleSetRequest body) {
        RuleSet added = catalog.add(user, JSON.writeValueAsString(body));
        return ResponseEntity.created(URI.create("/api/v1/workforce/rule-sets/" + added.id()))
                .body(added);
    }

    @Operation(summary = "Upload a proof (PDF, PNG or JPEG) for a credential or training; answers its id")
    @PostMapping(value = "/api/v1/staff/{id}/proofs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, UUID>> uploadProof(
            StaffMember user, @PathVariable UUID id, @RequestParam("file") MultipartFile file) {
        UUID proofId = proofs.store(user, id, CredentialPages.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/proofs/" + proofId))
                .body(Map.of("id", proofId));
    }

    @Operation(summary = "A proof, to those who may read the staff member's record")
    @GetMapping("/api/v1/staff/{id}/proofs/{proofId}")
    ResponseEntity<byte[]> proof(StaffMember user, @PathVariable UUID id, @PathVariable UUID proofId) {
        ProofFiles.Proof proof = proofs.read(user, id, proofId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(proof.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(proof.fileName())
                                .build()
                                .toString())
                .body(proof.content());
    }

    /** A dashboard row: who, the credential with where it stands, its bucket and the days left (negative once past). */
    record DashboardRow(
            UUID staffId, String name, WorkforceDashboard.Bucket bucket, Long daysLeft, CredentialView credential) {}

    record Dashboard(int people, Map<WorkforceDashboard.Bucket, Integer> counts, List<DashboardRow> rows) {}

    @Operation(
            summary =
                    "Credentials of the staff the viewer supervises or manages: expiring in 30/60/90 days, late, lapsed")
    @GetMapping("/api/v1/workforce/dashboard")
    Dashboard dashboard(StaffMember user) {
        WorkforceDashboard.View view = dashboard.of(user);
        return new Dashboard(
                view.people(),
                view.counts(),
                view.rows().stream()
                        .map(r -> new DashboardRow(
                                r.staffId(), r.name(), r.bucket(), r.daysLeft(), CredentialView.of(r.held(), words)))
                        .toList());
    }
}
