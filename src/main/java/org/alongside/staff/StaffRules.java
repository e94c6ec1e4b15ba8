package org.alongside.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.alongside.shared.ContactValues;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Role;

/** The rules a staff account's fields must meet, with a message for each field that breaks one. */
final class StaffRules {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private StaffRules() {}

    static void checkNew(StaffManagement.NewStaff command) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = command.email() == null ? "" : command.email().trim();
        if (email.isEmpty()) {
            errors.put("email", "Enter an email address");
        } else if (email.length() > 254 || !ContactValues.isEmail(email)) {
            errors.put("email", ContactValues.EMAIL_MESSAGE);
        }
        name(command.displayName(), errors);
        roles(command.roles(), errors);
        password(command.password(), errors);
        credential(command.credential(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static void checkChange(StaffManagement.StaffChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        name(change.displayName(), errors);
        roles(change.roles(), errors);
        credential(change.credential(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static void checkPassword(String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        password(password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String limit(String value, int max, String field) {
        if (value.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters");
        }
        return value;
    }

    private static void name(String name, Map<String, String> errors) {
        if (name == null || name.isBlank()) {
            errors.put("displayName", "Enter the name this person goes by");
        } else if (name.trim().length() > 200) {
            errors.put("displayName", "Use at most 200 characters");
        }
    }

    private static void roles(Set<Role> roles, Map<String, String> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", "Choose at least one role");
        }
    }

    private static void credential(String credential, Map<String, String> errors) {
        if (credential != null && credential.trim().length() > 100) {
            errors.put("credential", "Use at most 100 characters");
        }
    }

    private static void password(String password, Map<String, String> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.put("password", "Use at least " + MIN_PASSWORD + " characters");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", "Use at most " + MAX_PASSWORD + " characters");
        }
    }
}
