package org.alongside.directory.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.DirectoryImports;
import org.alongside.directory.DirectoryTransfer;
import org.alongside.directory.Resource;
import org.alongside.directory.Resource.Span;
import org.alongside.directory.ResourceEditor;
import org.alongside.directory.ResourceReader;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Directory management for administrators: add, change and retire one resource; start an import
 * (the request body is the file, a zip data package or JSON services) and follow its progress
 * resource; export in either HSDS form.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory management")
class DirectoryApi {

    private final DirectoryImports imports;
    private final DirectoryTransfer transfer;
    private final ResourceEditor editor;
    private final ResourceReader reader;

    DirectoryApi(DirectoryImports imports, DirectoryTransfer transfer, ResourceEditor editor, ResourceReader reader) {
        this.reader = reader;
        this.editor = editor;
        this.imports = imports;
        this.transfer = transfer;
    }

    /** A resource as the API takes it: the resource form's fields, opening hours per weekday. */
    record ResourceRequest(
            @Schema(requiredMode = REQUIRED, example = "Harbor Neighbors")
            String organization,

            @Schema(requiredMode = REQUIRED, example = "Harbor Food Pantry")
            String name,

            String description,
            @Schema(example = "555 0100") String phone,
            @Schema(example = "pantry@example.org") String email,
            @Schema(example = "https://example.org/pantry") String url,
            @Schema(example = "1 Main Street") String street,
            @Schema(example = "Springfield") String city,
            @Schema(example = "IL") String region,
            @Schema(example = "62704") String postcode,
            @Schema(example = "39.78") Double latitude,
            @Schema(example = "-89.65") Double longitude,

            @Schema(requiredMode = REQUIRED, description = "Alongside's needs, at least one", example = "[\"food\"]")
            List<String> needs,

            @Schema(description = "wellness dimensions", example = "[\"PHYSICAL\"]")
            List<String> dimensions,

            @Schema(description = "language codes", example = "[\"en\", \"es\"]")
            List<String> languages,

            @Schema(description = "free of charge") Boolean free,
            String fees,
            String applicationProcess,
            String eligibility,
            @Schema(example = "[\"A photo ID\"]") List<String> documents,

            @Schema(
                    description = "per weekday (MONDAY…SUNDAY): opens and closes, HH:mm; closes 00:00 is midnight",
                    example = "{\"MONDAY\": {\"opens\": \"09:00\", \"closes\": \"17:00\"}}")
            Map<DayOfWeek, Span> hours) {

        Resource resource() {
            return new Resource(
                    organization,
                    name,
                    description,
                    null,
                    phone,
                    email,
                    url,
                    street,
                    city,
                    region,
                    postcode,
                    latitude,
                    longitude,
                    needs,
                    dimensions,
                    languages,
                    Boolean.TRUE.equals(free),
                    fees,
                    applicationProcess,
                    eligibility,
                    documents,
                    hours);
        }
    }

    record ResourceStatusRequest(
            @Schema(
                    requiredMode = REQUIRED,
                    example = "inactive",
                    allowableValues = {"active", "temporarily closed", "inactive", "defunct"})
            String status) {}

    @Operation(summary = "Add a resource; the answer's Location is the resource")
    @PostMapping("/services")
    ResponseEntity<Resource> add(StaffMember user, @RequestBody ResourceRequest body) {
        UUID id = editor.save(user, null, body.resource());
        return ResponseEntity.created(URI.create("/api/v1/directory/services/" + id))
                .body(reader.load(id).orElseThrow());
    }

    @Operation(summary = "A resource as its form holds it")
    @GetMapping("/services/{serviceId}")
    Resource resource(StaffMember user, @PathVariable UUID serviceId) {
        user.requireAdmin();
        return reader.load(serviceId).orElseThrow(() -> new NotFoundException("This resource"));
    }

    @Operation(summary = "Replace what the resource form holds of a resource (what it does not hold is kept)")
    @PutMapping("/services/{serviceId}")
    Resource change(StaffMember user, @PathVariable UUID serviceId, @RequestBody ResourceRequest body) {
        editor.save(user, serviceId, body.resource());
        return reader.load(serviceId).orElseThrow();
    }

    @Operation(
            summary =
                    "Set HSDS's status: retire a resource (inactive, defunct), close it for a while, or bring it back")
    @PostMapping("/services/{serviceId}/status")
    Resource status(StaffMember user, @PathVariable UUID serviceId, @RequestBody ResourceStatusRequest body) {
        editor.setStatus(user, serviceId, body.status());
        return reader.load(serviceId).orElseThrow();
    }

    @Operation(summary = "Start an import in the background; the answer's Location is its progress resource")
    @PostMapping("/imports")
    ResponseEntity<?> start(
            StaffMember user, @RequestParam(name = "file_name") String fileName, HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > transfer.maxBytes()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
        }
        UUID id = imports.start(user, fileName, request.getInputStream());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/directory/imports/" + id))
                .body(imports.status(user, id));
    }

    @Operation(summary = "Where an import is: stage, counts, percent, and its report when finished")
    @GetMapping("/imports/{id}")
    DirectoryImports.Status status(StaffMember user, @PathVariable UUID id) {
        return imports.status(user, id);
    }

    @Operation(summary = "The whole directory as a zipped HSDS tabular data package")
    @GetMapping("/export/tabular")
    void exportTabular(StaffMember user, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        transfer.exportTabular(user, response.getOutputStream());
    }

    @Operation(summary = "Every service, dereferenced, as HSDS JSON")
    @GetMapping("/export/json")
    void exportJson(StaffMember user, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        transfer.exportJson(user, response.getOutputStream());
    }

    /** Over the import's limit, however it was sent: with a declared length, without one, or as a form upload. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, DirectoryImports.TooLarge.class})
    ProblemDetail tooLarge() {
        InvalidInputException refusal = imports.tooLarge();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, refusal.fieldErrors().get("file"));
        problem.setTitle("File too large");
        return problem;
    }
}
