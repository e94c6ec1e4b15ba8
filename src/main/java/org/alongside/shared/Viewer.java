package org.alongside.shared;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * On whose behalf a person's record is read or changed: a staff member today; the person
 * themselves (the participant portal) and a named system job (exports, reports) are the other two
 * kinds. Module APIs take a viewer, so a new kind plugs in without changing their signatures.
 */
public sealed interface Viewer permits Viewer.StaffMember, Viewer.Person, Viewer.SystemJob {

    /** Who the audit trail names as the actor: the staff member or the person; none for a system job. */
    UUID actorId();

    /**
     * The staff member behind this viewer, for acts only staff do (writing and signing notes,
     * co-signing, transfers): anyone else is refused with 403.
     */
    default StaffMember staff() {
        if (this instanceof StaffMember staff) {
            return staff;
        }
        throw new AccessDeniedException("Only staff can do this");
    }

    /**
     * A signed-in staff member. Program membership and supervision are deliberately not carried:
     * the access rule reads them at the moment of access, so a change takes effect at once.
     */
    record StaffMember(UUID id, Set<Role> roles) implements Viewer {

        public StaffMember {
            roles = Set.copyOf(roles);
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** Refuses (403) anyone but an administrator, for acts only administrators do. */
        public void requireAdmin() {
            if (!isAdmin()) {
                throw new AccessDeniedException("Administrators only");
            }
        }

        public boolean isAdmin() {
            return has(Role.ADMIN);
        }

        public boolean isSupervisor() {
            return has(Role.SUPERVISOR);
        }

        @Override
        public UUID actorId() {
            return id;
        }
    }

    /** The person in recovery, looking at their own record (the participant portal). */
    record Person(UUID participantId) implements Viewer {

        @Override
        public UUID actorId() {
            return participantId;
        }
    }

    /**
     * A named job of the system itself (an export, a report), working for the listed programs
     * only: it sees people enrolled, now or before, in those programs.
     */
    record SystemJob(String purpose, Set<UUID> programIds) implements Viewer {

        public SystemJob {
            if (purpose == null || purpose.isBlank()) {
                throw new IllegalArgumentException("A system job names its purpose");
            }
            programIds = Set.copyOf(programIds);
        }

        @Override
        public UUID actorId() {
            return null;
        }
    }
}
