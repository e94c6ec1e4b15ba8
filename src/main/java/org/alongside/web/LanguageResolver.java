package org.alongside.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Language;
import org.alongside.staff.LanguagePreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a page is in: the one the signed-in person chose on their account (read once per
 * session and kept in it), otherwise the first of the browser's languages that Alongside speaks,
 * otherwise English. Requests without a session (the API) never get one from here. The answer is
 * kept on the request: Spring asks for it every time a text or date is written (dozens of times
 * per page), and working it out again each time was a sixth of Today's CPU.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = LanguageResolver.class.getName() + ".language";
    private static final String REQUEST_ATTRIBUTE = LanguageResolver.class.getName() + ".locale";
    private static final String BROWSER = "browser";

    private final LanguagePreferences preferences;

    LanguageResolver(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = resolve(request);
        request.setAttribute(REQUEST_ATTRIBUTE, locale);
        return locale;
    }

    private Locale resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object kept = session.getAttribute(SESSION_ATTRIBUTE);
            if (kept == null && signedIn() instanceof CurrentUser user) {
                kept = preferences.of(user.id()).map(Language::code).orElse(BROWSER);
                session.setAttribute(SESSION_ATTRIBUTE, kept);
            }
            if (kept instanceof String code) {
                var chosen = Language.ofCode(code);
                if (chosen.isPresent()) {
                    return chosen.get().locale();
                }
            }
        }
        return Language.preferred(Collections.list(request.getLocales())).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String code = locale == null
                ? BROWSER
                : Language.ofCode(locale.getLanguage()).map(Language::code).orElse(BROWSER);
        request.getSession().setAttribute(SESSION_ATTRIBUTE, code);
        request.removeAttribute(REQUEST_ATTRIBUTE);
    }

    private static Object signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }
}
