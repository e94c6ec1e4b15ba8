package org.alongside.staff;

import java.util.List;

/**
 * Sign-ins the sign-in page may show (the demo organisation's, in demo mode only). The staff
 * module owns the page; whoever has hints to show provides them through this interface.
 */
public interface SignInHints {

    /** A sign-in to show: an email, its password, and who it is. */
    record Hint(String email, String password, String description) {}

    /** The sign-ins to show now; empty when none may be shown. */
    List<Hint> hints();
}
