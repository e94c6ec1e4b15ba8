package org.alongside.staff;

import java.util.UUID;

/** A program as pages and the API show it. */
public record ProgramSummary(UUID id, String name, ProgramSetting setting, boolean active, int memberCount) {}
