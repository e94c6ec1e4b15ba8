package org.alongside.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.consent.domain.Consent;
import org.alongside.consent.domain.ConsentStore;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.shared.ConflictException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Service;

/**
 * A person's consents through the record gate, audited: given with every §2.31 element, changed as a
 * new version (the old one kept), revoked in one action, and read with their history. Another
 * person's consent, or one that does not exist, is not found.
 */
@Service
public class Consents {

    private final RecordGate gate;
    private final ParticipantManagement participants;
    private final ConsentStore store;
    private final Clock clock;

    Consents(RecordGate gate, ParticipantManagement participants, ConsentStore store, Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.store = store;
        this.clock = clock;
    }

    /** Where a consent stands today: in force, past its expiry day, or revoked (its current version). */
    public enum Standing {
        IN_FORCE,
        EXPIRED,
        REVOKED
    }

    /** A consent: its current version with where it stands, and its earlier versions (newest first). */
    public record History(Consent current, Standing standing, List<Consent> earlier) {}

    /** Records the consent; answers it as now stored, in the same pass through the gate. */
    public History give(Viewer viewer, UUID participantId, Consent.Terms terms) {
        return gate.change(viewer, participantId, ConsentActions.GIVE, admission -> {
            Consent consent =
                    Consent.give(participantId, terms, viewer.staff().id(), clock.instant(), LocalDate.now(clock));
            store.insert(consent);
            admission.detail("consent=" + consent.seriesId());
            return histories(List.of(consent)).get(0);
        });
    }

    public History revise(Viewer viewer, UUID participantId, UUID consentId, Consent.Terms terms) {
        return gate.change(viewer, participantId, ConsentActions.REVISE, admission -> {
            List<Consent> versions = versions(participantId, consentId);
            Consent next = versions.get(0).revise(terms, viewer.staff().id(), clock.instant(), LocalDate.now(clock));
            if (!store.mark(versions.get(0))) {
                throw new ConflictException("This consent changed meanwhile; look at it again");
            }
            store.insert(next);
            admission.detail("consent=" + consentId + " version=" + next.version());
            List<Consent> now = new ArrayList<>(versions);
            now.add(0, next);
            return histories(now).get(0);
        });
    }

    public History revoke(Viewer viewer, UUID participantId, UUID consentId, String how) {
        return gate.change(viewer, participantId, ConsentActions.REVOKE, admission -> {
            List<Consent> versions = versions(participantId, consentId);
            versions.get(0).revoke(viewer.staff().id(), clock.instant(), how);
            if (!store.mark(versions.get(0))) {
                throw new ConflictException("This consent changed meanwhile; look at it again");
            }
            admission.detail("consent=" + consentId);
            return histories(versions).get(0);
        });
    }

    /** The person's consents, newest first, each with its history. */
    public List<History> of(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, ConsentActions.VIEW, admission -> histories(store.of(participantId)));
    }

    /** The consents page: the person's header and their consents, in one pass through the gate. */
    public WithPerson<List<History>> page(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, ConsentActions.VIEW, admission -> histories(store.of(participantId)));
    }

    /** One consent's page: the person's header and the consent with its history, in one pass through the gate. */
    public WithPerson<History> page(Viewer viewer, UUID participantId, UUID consentId) {
        return participants.readWithPerson(
                viewer, participantId, ConsentActions.VIEW, admission -> history(participantId, consentId));
    }

    /** The person alone, for the consent form's page (one gated read, none of their consents). */
    public ParticipantView person(Viewer viewer, UUID participantId) {
        return participants
                .readWithPerson(viewer, participantId, ConsentActions.VIEW, admission -> null)
                .person();
    }

    /** One consent with its history; not found when the person has no consent with this id. */
    public History one(Viewer viewer, UUID participantId, UUID consentId) {
        return gate.read(viewer, participantId, ConsentActions.VIEW, admission -> history(participantId, consentId));
    }

    private History history(UUID participantId, UUID consentId) {
        return histories(versions(participantId, consentId)).get(0);
    }

    /** One consent's versions, newest first; not found when the person has none with this id. */
    private List<Consent> versions(UUID participantId, UUID consentId) {
        List<Consent> versions = store.versions(participantId, consentId);
        if (versions.isEmpty()) {
            throw new NotFoundException("This consent");
        }
        return versions;
    }

    private List<History> histories(List<Consent> versions) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Consent>> bySeries = new LinkedHashMap<>();
        for (Consent c : versions) {
            bySeries.computeIfAbsent(c.seriesId(), id -> new ArrayList<>()).add(c);
        }
        List<History> histories = new ArrayList<>();
        for (List<Consent> series : bySeries.values()) {
            Consent current = series.get(0);
            Standing standing = current.revokedAt() != null
                    ? Standing.REVOKED
                    : current.inForce(today) ? Standing.IN_FORCE : Standing.EXPIRED;
            histories.add(new History(current, standing, List.copyOf(series.subList(1, series.size()))));
        }
        return histories;
    }
}
