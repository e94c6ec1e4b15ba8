package org.alongside.staff.web;

import java.util.List;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Role;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assigning supervisors to peer workers. */
@Controller
class SupervisionController {

    private final StaffManagement staff;
    private final SupervisionManagement supervision;
    private final Texts texts;

    SupervisionController(StaffManagement staff, SupervisionManagement supervision, Texts texts) {
        this.texts = texts;
        this.staff = staff;
        this.supervision = supervision;
    }

    @GetMapping("/admin/supervision")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<StaffSummary> everyone =
                staff.list(user.viewer()).stream().filter(StaffSummary::active).toList();
        model.addAttribute("links", supervision.managedBy(user.viewer()));
        model.addAttribute(
                "workers",
                everyone.stream().filter(s -> s.has(Role.PEER_WORKER)).toList());
        model.addAttribute(
                "supervisors",
                everyone.stream().filter(s -> s.has(Role.SUPERVISOR)).toList());
        return "staff/supervision";
    }

    @PostMapping("/admin/supervision")
    String assign(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) UUID workerId,
            @RequestParam(required = false) List<UUID> supervisorIds,
            @RequestParam(required = false) UUID primarySupervisorId,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    if (workerId == null) {
                        throw new InvalidInputException("workerId", "Choose a peer worker");
                    }
                    try {
                        supervision.assign(
                                user.viewer(),
                                workerId,
                                supervisorIds == null ? List.of() : supervisorIds,
                                primarySupervisorId);
                    } catch (NotFoundException e) {
                        throw new InvalidInputException("workerId", "Choose a peer worker from the list");
                    }
                    redirect.addFlashAttribute("saved", texts.of("flash.supervisionSaved"));
                    return "redirect:/admin/supervision";
                },
                () -> page(user, model));
    }
}
