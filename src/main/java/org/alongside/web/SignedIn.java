package org.alongside.web;

import org.alongside.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member as the layout's navigation asks for them ({@code @signedIn.of(#authentication)}):
 * a plain look at the principal, where {@code sec:authorize} builds and evaluates a security
 * expression each time (three on every page were a sixth of Today's rendering, JFR).
 */
@Component("signedIn")
public class SignedIn {

    /** The staff member, or null for a visitor who has not signed in. */
    public CurrentUser of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
