package org.alongside.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.InvalidInputException;
import org.alongside.staff.StaffManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own password, including the one-time password of a new account. */
@Controller
class AccountController {

    private final StaffManagement staff;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(StaffManagement staff) {
        this.staff = staff;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mustChange", user.passwordMustChange());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            staff.changeOwnPassword(
                    user.viewer(),
                    currentPassword,
                    newPassword,
                    request.getSession().getId());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>(e.fieldErrors());
            if (errors.containsKey("password")) {
                errors.put("newPassword", errors.remove("password"));
            }
            model.addAttribute("mustChange", user.passwordMustChange());
            model.addAttribute("errors", errors);
            return "account/password";
        }
        CurrentUser updated = new CurrentUser(user.id(), user.email(), user.displayName(), user.roles(), false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("saved", "Your password has been changed.");
        return "redirect:/people";
    }
}
