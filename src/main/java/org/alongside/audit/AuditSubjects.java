package org.alongside.audit;

import java.util.List;
import java.util.UUID;
import org.alongside.shared.Viewer;

/**
 * Finds people and staff by name for the audit trail's filters, so an administrator types a name
 * instead of pasting an id. The audit module knows no names; the modules that own them implement
 * this, each answering only what the viewer may see.
 */
public interface AuditSubjects {

    /** Whom this source names: people in recovery or staff. */
    Kind kind();

    /** Everyone of this kind the viewer may see whose name looks like {@code query}, best match first. */
    List<Named> named(Viewer.StaffMember viewer, String query);

    enum Kind {
        PERSON,
        STAFF
    }

    /** A match: its id, its name, and a few words that tell two of the same name apart. */
    record Named(UUID id, String name, String about) {}
}
