package org.alongside.staff;

import java.util.UUID;

/** A current supervision assignment of a peer worker. */
public record SupervisorLink(
        UUID supervisorId, String supervisorName, UUID workerId, String workerName, boolean primary) {}
