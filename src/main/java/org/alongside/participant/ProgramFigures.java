package org.alongside.participant;

/** One program's figures: people active in Alongside, those with an active enrolment, and those without an active peer worker. */
public record ProgramFigures(String program, int active, int enrolled, int withoutWorker) {}
