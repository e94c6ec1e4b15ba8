package org.alongside.staff.web;

import jakarta.servlet.http.HttpSession;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.alongside.staff.SignInHints;
import org.alongside.staff.StaffSignIn;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; lists the sign-in hints someone provides (the demo organisation's, in demo mode). Of failure messages, only a locked
 * or deactivated account's are shown as written; anything else reads as a wrong email or password.
 */
@Controller
class SignInController {

    private final List<SignInHints> hints;

    SignInController(List<SignInHints> hints) {
        this.hints = hints;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }

    @GetMapping("/signin")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String signedout,
            HttpSession session,
            Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = "signin.wrong";
            if (last instanceof StaffSignIn.SignInPaused paused) {
                model.addAttribute("lockedUntil", paused.until().toString());
                model.addAttribute(
                        "lockedUntilUtc",
                        paused.until().atOffset(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.MINUTES));
                key = paused.wholeAddress() ? "signin.pausedAddress" : "signin.pausedAccount";
            } else if (last instanceof DisabledException) {
                key = "signin.deactivated";
            }
            model.addAttribute("error", key);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        model.addAttribute("signedOut", signedout != null);
        model.addAttribute(
                "demoLogins", hints.stream().flatMap(h -> h.hints().stream()).toList());
        return "signin";
    }
}
