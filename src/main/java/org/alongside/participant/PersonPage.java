package org.alongside.participant;

import java.util.List;

/** A person's page: their record, and what each module has to say about it, in page order. */
public record PersonPage(ParticipantView person, List<RecordSummaries.Card> cards) {}
