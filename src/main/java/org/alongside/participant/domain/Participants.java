package org.alongside.participant.domain;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

/** Participant records. Lists and search are SQL in ParticipantQueries, with the access rule inside. */
public interface Participants extends CrudRepository<Participant, UUID> {}
