package org.alongside.directory;

import java.util.UUID;
import org.alongside.shared.Viewer;

/**
 * The person a directory search is made for (from their record, "find a service for Alex"): the
 * module that holds people answers it through the record gate, so a person the viewer may not see
 * is refused exactly as one who does not exist, and the search for someone is audited.
 */
public interface SearchingFor {

    /** The person's preferred name, for the page's heading; a refusal is the gate's 404. */
    String nameOf(Viewer viewer, UUID participantId);
}
