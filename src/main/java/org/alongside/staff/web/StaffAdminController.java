package org.alongside.staff.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Role;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffSummary;
import org.alongside.staff.SupervisionManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages: staff accounts, programs and supervision assignments. */
@Controller
class StaffAdminController {

    private final StaffManagement staff;
    private final ProgramManagement programs;
    private final SupervisionManagement supervision;
    private final Texts texts;

    StaffAdminController(
            StaffManagement staff, ProgramManagement programs, SupervisionManagement supervision, Texts texts) {
        this.texts = texts;
        this.staff = staff;
        this.programs = programs;
        this.supervision = supervision;
    }

    @GetMapping("/admin/staff")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("staff", staff.list(user.viewer()));
        return "staff/list";
    }

    @GetMapping("/admin/staff/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return newStaffPage(user, model, new StaffForm("", "", Set.of(Role.PEER_WORKER), "", false, List.of()));
    }

    @PostMapping("/admin/staff")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String credential,
            @RequestParam(defaultValue = "false") boolean peerExperience,
            @RequestParam(required = false) List<UUID> programIds,
            Model model,
            RedirectAttributes redirect) {
        StaffForm form = new StaffForm(
                email,
                displayName,
                StaffForm.roles(roles),
                credential,
                peerExperience,
                programIds == null ? List.of() : programIds);
        return Forms.submit(
                model,
                () -> {
                    StaffSummary created = staff.createWithPrograms(
                            user.viewer(),
                            new StaffManagement.NewStaff(
                                    email, displayName, form.roles(), password, credential, peerExperience),
                            form.programIds());
                    redirect.addFlashAttribute("saved", texts.of("flash.accountCreated", created.displayName()));
                    return "redirect:/admin/staff/" + created.id();
                },
                () -> newStaffPage(user, model, form));
    }

    @GetMapping("/admin/staff/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        StaffSummary member = staff.get(user.viewer(), id);
        model.addAttribute("member", member);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("programs", programs.list(user.viewer()));
        model.addAttribute("memberOf", programs.programsOf(id));
        model.addAttribute("supervisors", supervision.supervisorsOf(id));
        return "staff/edit";
    }

    @PostMapping("/admin/staff/{id}")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String credential,
            @RequestParam(defaultValue = "false") boolean peerExperience,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                user,
                id,
                model,
                redirect,
                texts.of("flash.changesSaved"),
                () -> staff.update(
                        user.viewer(),
                        id,
                        new StaffManagement.StaffChange(
                                displayName, StaffForm.roles(roles), credential, peerExperience, version)));
    }

    @PostMapping("/admin/staff/{id}/programs")
    String memberships(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> programIds,
            Model model,
            RedirectAttributes redirect) {
        return attempt(user, id, model, redirect, texts.of("flash.membershipSaved"), () -> {
            Set<UUID> wanted = programIds == null ? Set.of() : Set.copyOf(programIds);
            for (var program : programs.list(user.viewer())) {
                if (wanted.contains(program.id())) {
                    programs.addMember(user.viewer(), program.id(), id);
                } else {
                    programs.removeMember(user.viewer(), program.id(), id);
                }
            }
        });
    }

    @PostMapping("/admin/staff/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                user,
                id,
                model,
                redirect,
                texts.of("flash.accountDeactivated"),
                () -> staff.deactivate(user.viewer(), id, reason));
    }

    @PostMapping("/admin/staff/{id}/reactivate")
    String reactivate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                user,
                id,
                model,
                redirect,
                texts.of("flash.accountReactivated"),
                () -> staff.reactivate(user.viewer(), id));
    }

    @PostMapping("/admin/staff/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                user,
                id,
                model,
                redirect,
                texts.of("flash.passwordReset"),
                () -> staff.resetPassword(user.viewer(), id, password));
    }

    @GetMapping("/admin/programs")
    String programs(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("programs", programs.list(user.viewer()));
        model.addAttribute("settings", ProgramSetting.values());
        return "staff/programs";
    }

    @PostMapping("/admin/programs")
    String createProgram(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String setting,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    programs.create(user.viewer(), name, StaffForm.setting(setting));
                    redirect.addFlashAttribute("saved", texts.of("flash.programCreated"));
                    return "redirect:/admin/programs";
                },
                () -> {
                    model.addAttribute("name", name);
                    return programs(user, model);
                });
    }

    private String attempt(
            CurrentUser user, UUID id, Model model, RedirectAttributes redirect, String message, Runnable action) {
        return Forms.submit(
                model,
                () -> {
                    action.run();
                    redirect.addFlashAttribute("saved", message);
                    return "redirect:/admin/staff/" + id;
                },
                () -> edit(user, id, model));
    }

    private String newStaffPage(CurrentUser user, Model model, StaffForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("programs", programs.list(user.viewer()));
        return "staff/new";
    }

    /** The new-staff form as typed, to show back beside any errors. */
    record StaffForm(
            String email,
            String displayName,
            Set<Role> roles,
            String credential,
            boolean peerExperience,
            List<UUID> programIds) {

        static Set<Role> roles(List<String> names) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : names == null ? List.<String>of() : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("roles", "Unknown role: choose from the list");
                }
            }
            return roles;
        }

        static ProgramSetting setting(String name) {
            try {
                return name.isBlank() ? null : ProgramSetting.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("setting", "Choose a setting from the list");
            }
        }
    }
}
