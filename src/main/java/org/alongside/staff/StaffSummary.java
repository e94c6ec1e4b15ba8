package org.alongside.staff;

import java.util.Set;
import java.util.UUID;
import org.alongside.shared.Role;

/** What other modules and pages may know of a staff member. */
public record StaffSummary(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        String credential,
        boolean peerExperience,
        boolean active,
        long version,
        boolean requiresCosign) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
