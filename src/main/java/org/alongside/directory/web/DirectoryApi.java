package org.alongside.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.alongside.directory.DirectoryImports;
import org.alongside.directory.DirectoryTransfer;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Directory management for administrators: start an import (the request body is the file, a zip
 * data package or JSON services) and follow its progress resource; export in either HSDS form.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory management")
class DirectoryApi {

    private final DirectoryImports imports;
    private final DirectoryTransfer transfer;

    DirectoryApi(DirectoryImports imports, DirectoryTransfer transfer) {
        this.imports = imports;
        this.transfer = transfer;
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

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge() {
        InvalidInputException refusal = imports.tooLarge();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, refusal.fieldErrors().get("file"));
        problem.setTitle("File too large");
        return problem;
    }
}
