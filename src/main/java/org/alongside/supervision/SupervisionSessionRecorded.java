package org.alongside.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervision session was recorded: the workforce counts its time as supervision hours for each supervisee. */
public record SupervisionSessionRecorded(
        UUID sessionId, UUID supervisorId, List<UUID> supervisees, LocalDate heldOn, int minutes) {}
