package org.alongside.referral;

import java.util.UUID;
import org.alongside.directory.SearchingFor;
import org.alongside.participant.ParticipantManagement;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Component;

/** The directory searched for a person, on the way to a referral: one gated read of the person's header. */
@Component
class ReferralSearches implements SearchingFor {

    private final ParticipantManagement participants;

    ReferralSearches(ParticipantManagement participants) {
        this.participants = participants;
    }

    @Override
    public String nameOf(Viewer viewer, UUID participantId) {
        return participants
                .readWithPerson(viewer, participantId, ReferralActions.SEARCH_FOR, admission -> null)
                .person()
                .details()
                .preferredName();
    }
}
