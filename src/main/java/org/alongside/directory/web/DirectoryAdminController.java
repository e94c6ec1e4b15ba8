package org.alongside.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.DirectoryImports;
import org.alongside.directory.DirectoryTransfer;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The directory for administrators: import an HSDS file and watch its progress bar, read the
 * report, and export the directory in either HSDS form.
 */
@Controller
class DirectoryAdminController {

    private final DirectoryImports imports;
    private final DirectoryTransfer transfer;

    DirectoryAdminController(DirectoryImports imports, DirectoryTransfer transfer) {
        this.imports = imports;
        this.transfer = transfer;
    }

    @GetMapping("/admin/directory")
    String page(StaffMember user, @RequestParam(required = false) String tooLarge, Model model) {
        model.addAttribute("imports", imports.recent(user, 10));
        model.addAttribute("maxMegabytes", transfer.maxBytes() / 1_000_000);
        model.addAttribute("maxBytes", transfer.maxBytes());
        model.addAttribute(
                "errors", tooLarge == null ? Map.of() : imports.tooLarge().fieldErrors());
        return "directory/admin";
    }

    @PostMapping("/admin/directory/imports")
    String start(StaffMember user, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", Map.of("file", "Choose a file to import"));
            return again(user, model);
        }
        InputStream content = file.getInputStream();
        return Forms.submit(
                model,
                () -> "redirect:/admin/directory/imports/" + imports.start(user, file.getOriginalFilename(), content),
                () -> again(user, model));
    }

    private String again(StaffMember user, Model model) {
        model.addAttribute("imports", imports.recent(user, 10));
        model.addAttribute("maxMegabytes", transfer.maxBytes() / 1_000_000);
        model.addAttribute("maxBytes", transfer.maxBytes());
        return "directory/admin";
    }

    @GetMapping("/admin/directory/imports/{id}")
    String progress(StaffMember user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(user, id));
        return "directory/import";
    }

    /** The progress bar alone, which the page asks for every second until the import has finished. */
    @GetMapping("/admin/directory/imports/{id}/progress")
    String progressBar(StaffMember user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(user, id));
        return "directory/import :: progress";
    }

    @GetMapping("/admin/directory/export.zip")
    void exportTabular(StaffMember user, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds.zip\"");
        transfer.exportTabular(user, response.getOutputStream());
    }

    @GetMapping("/admin/directory/export.json")
    void exportJson(StaffMember user, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-services.json\"");
        transfer.exportJson(user, response.getOutputStream());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/admin/directory?tooLarge";
    }
}
