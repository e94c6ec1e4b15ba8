package org.alongside.staff.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.shared.Blank;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.StaffSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff account. Never deleted: deactivated with a reason. */
@Table("staff_member")
public class StaffMember {

    @Id
    private UUID id;

    private String email;
    private String displayName;
    private String passwordHash;
    private boolean passwordMustChange;
    private String credential;
    private boolean peerExperience;
    private boolean requiresCosign;
    private boolean active = true;
    private String deactivatedReason;
    private Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "staff_member")
    private Set<RoleGrant> roles;

    StaffMember() {}

    public static StaffMember create(
            String email, String displayName, Set<Role> roles, String passwordHash, boolean mustChange, Instant at) {
        StaffMember member = new StaffMember();
        member.id = UUID.randomUUID();
        member.email = email.trim();
        member.displayName = displayName.trim();
        member.passwordHash = passwordHash;
        member.passwordMustChange = mustChange;
        member.createdAt = at;
        member.roles = grants(roles);
        return member;
    }

    public void update(String newDisplayName, String newCredential, boolean newPeerExperience, Set<Role> newRoles) {
        this.displayName = newDisplayName.trim();
        this.credential = Blank.toNull(newCredential);
        this.peerExperience = newPeerExperience;
        this.roles = grants(newRoles);
    }

    public void requireCosign(boolean required) {
        this.requiresCosign = required;
    }

    public void deactivate(String reason) {
        this.active = false;
        this.deactivatedReason = reason;
    }

    public void reactivate() {
        this.active = true;
        this.deactivatedReason = null;
    }

    public void changePassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.passwordMustChange = mustChange;
    }

    public Set<Role> roleSet() {
        return roles.isEmpty()
                ? Set.of()
                : EnumSet.copyOf(roles.stream().map(RoleGrant::role).collect(Collectors.toSet()));
    }

    /** The sign-in name (also the principal name of the account's sessions). */
    public String email() {
        return email;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, email, displayName, roleSet(), passwordMustChange);
    }

    public StaffSummary toSummary() {
        return new StaffSummary(
                id,
                email,
                displayName,
                roleSet(),
                credential,
                peerExperience,
                active,
                version == null ? 0 : version,
                requiresCosign);
    }

    private static Set<RoleGrant> grants(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    public UUID id() {
        return id;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public void setCredentialAndExperience(String newCredential, boolean newPeerExperience) {
        this.credential = newCredential;
        this.peerExperience = newPeerExperience;
    }

    @Override
    public String toString() {
        return "StaffMember[" + id + "]";
    }

    /** One role held by a staff member. */
    @Table("staff_role")
    public record RoleGrant(Role role) {}
}
