package org.alongside.staff;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the first administrator: from ALONGSIDE_ADMIN_EMAIL and
 * ALONGSIDE_ADMIN_PASSWORD when set, otherwise with a generated one-time password printed once.
 * Runs before the web server accepts requests. In demo mode the demo organisation brings its own.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffManagement staff;
    private final String email;
    private final String password;
    private final boolean demo;

    FirstAdministrator(
            StaffManagement staff,
            @Value("${alongside.admin.email:${ALONGSIDE_ADMIN_EMAIL:}}") String email,
            @Value("${alongside.admin.password:${ALONGSIDE_ADMIN_PASSWORD:}}") String password,
            @Value("${alongside.demo.enabled:false}") boolean demo) {
        this.staff = staff;
        this.email = email;
        this.password = password;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demo || staff.anyAccountExists()) {
            return;
        }
        String adminEmail = email.isBlank() ? "admin@alongside.local" : email.trim();
        boolean generated = password.isBlank();
        String adminPassword = generated ? generatePassword() : password;
        try {
            staff.createAccount(
                    null,
                    new StaffManagement.NewStaff(
                            adminEmail, "Administrator", Set.of(Role.ADMIN), adminPassword, null, false),
                    generated);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "Cannot create the first administrator from ALONGSIDE_ADMIN_EMAIL and "
                            + "ALONGSIDE_ADMIN_PASSWORD: " + e.fieldErrors(),
                    e);
        }
        if (generated) {
            log.warn("""

                    ================================================================
                    First administrator created: {}
                    One-time password:           {}
                    You will be asked to choose a new password at first sign-in.
                    This password is shown only once.
                    ================================================================""", adminEmail, adminPassword);
        } else {
            log.info("First administrator created from ALONGSIDE_ADMIN_EMAIL");
        }
    }

    static String generatePassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
