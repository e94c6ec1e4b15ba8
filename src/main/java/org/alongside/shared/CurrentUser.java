package org.alongside.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, as kept in the session. Carries no password. */
public record CurrentUser(UUID id, String email, String displayName, Set<Role> roles, boolean passwordMustChange)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** This staff member as the viewer module APIs take. */
    public Viewer.StaffMember viewer() {
        return new Viewer.StaffMember(id, roles);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isSupervisor() {
        return has(Role.SUPERVISOR);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}
