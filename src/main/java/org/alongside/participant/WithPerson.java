package org.alongside.participant;

/**
 * What a page about one person needs from one gated read: the person (for the page's header) and
 * the module's own part, read under the same admission (one check, one audit row per page).
 */
public record WithPerson<T>(ParticipantView person, T content) {}
