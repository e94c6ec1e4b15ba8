package org.alongside.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Language;
import org.alongside.shared.web.Forms;
import org.alongside.staff.ApiTokens;
import org.alongside.staff.LanguagePreferences;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.WorkPhones;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: the language of the pages, and their password (including
 * the one-time password of a new account).
 */
@Controller
class AccountController {

    private final StaffManagement staff;
    private final LanguagePreferences languages;
    private final LocaleResolver localeResolver;
    private final MessageSource messages;
    private final WorkPhones phones;
    private final ApiTokens tokens;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(
            StaffManagement staff,
            LanguagePreferences languages,
            LocaleResolver localeResolver,
            MessageSource messages,
            WorkPhones phones,
            ApiTokens tokens) {
        this.phones = phones;
        this.tokens = tokens;
        this.staff = staff;
        this.languages = languages;
        this.localeResolver = localeResolver;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return accountPage(model, languages.of(user.id()).orElse(shown(locale)), user);
    }

    @PostMapping("/account/phone")
    String setPhone(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String workPhone,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    phones.setOwn(user.viewer(), workPhone);
                    redirect.addFlashAttribute("saved", messages.getMessage("account.phone.saved", null, locale));
                    return "redirect:/account";
                },
                () -> {
                    model.addAttribute("typedPhone", workPhone);
                    return accountPage(model, languages.of(user.id()).orElse(shown(locale)), user);
                });
    }

    @PostMapping("/account/language")
    String chooseLanguage(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String language,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Language> chosen = Language.ofCode(language);
        if (chosen.isEmpty()) {
            model.addAttribute(
                    "errors", Map.of("language", messages.getMessage("account.language.invalid", null, locale)));
            return accountPage(model, shown(locale), user);
        }
        languages.choose(user.viewer(), chosen.get());
        localeResolver.setLocale(request, response, chosen.get().locale());
        redirect.addFlashAttribute(
                "saved",
                messages.getMessage("account.language.saved", null, chosen.get().locale()));
        return "redirect:/account";
    }

    /** The password form, with the API tokens a change would revoke. */
    private String passwordPage(CurrentUser user, Model model) {
        model.addAttribute("mustChange", user.passwordMustChange());
        model.addAttribute("tokens", tokens.usable(user.viewer()));
        return "account/password";
    }

    private String accountPage(Model model, Language chosen, CurrentUser user) {
        model.addAttribute("chosen", chosen);
        if (!model.containsAttribute("typedPhone")) {
            model.addAttribute(
                    "typedPhone",
                    phones.of(user.id()).flatMap(WorkPhones.Reach::workPhone).orElse(""));
        }
        model.addAttribute("languages", Language.values());
        return "account/account";
    }

    /** The language this page is shown in. */
    private static Language shown(Locale locale) {
        return Language.ofCode(locale.getLanguage()).orElse(Language.ENGLISH);
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return passwordPage(user, model);
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes redirect,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        return Forms.submit(
                model,
                () -> {
                    int revoked = staff.changeOwnPassword(
                            user.viewer(),
                            currentPassword,
                            newPassword,
                            request.getSession().getId());
                    signInAgainAs(user, request, response);
                    redirect.addFlashAttribute(
                            "saved",
                            revoked == 0
                                    ? messages.getMessage("password.changed", null, locale)
                                    : messages.getMessage("password.changedTokens", new Object[] {revoked}, locale));
                    return "redirect:/people";
                },
                () -> {
                    Map<String, String> errors = Forms.errors(model);
                    if (errors.containsKey("password")) {
                        errors.put("newPassword", errors.remove("password"));
                    }
                    return passwordPage(user, model);
                });
    }

    /** The session's account no longer has to change its password. */
    private void signInAgainAs(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser updated = new CurrentUser(user.id(), user.email(), user.displayName(), user.roles(), false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
