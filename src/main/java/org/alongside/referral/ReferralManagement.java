package org.alongside.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.DirectorySearch;
import org.alongside.participant.RecordGate;
import org.alongside.referral.domain.Referral;
import org.alongside.referral.domain.ReferralStore;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Referrals of a person to directory services, every read and change through the record gate
 * (checked, one transaction, audited; someone else's person answers "not found"). The life cycle
 * itself is {@link Referral}'s; here a change is loaded, applied, and saved at the version read.
 */
@Service
public class ReferralManagement {

    private final RecordGate gate;
    private final ReferralStore store;
    private final DirectorySearch directory;
    private final AlongsideTerms terms;
    private final Clock clock = Clock.systemDefaultZone();
    private final int followUpDays;

    ReferralManagement(
            RecordGate gate,
            ReferralStore store,
            DirectorySearch directory,
            AlongsideTerms terms,
            @Value("${alongside.referral.follow-up-days:7}") int followUpDays) {
        this.gate = gate;
        this.store = store;
        this.directory = directory;
        this.terms = terms;
        this.followUpDays = followUpDays;
    }

    /** What a new referral says; a missing follow-up date is set a week ahead (the setting's days). */
    public record NewReferral(
            UUID serviceId, String need, String note, ContactPreference contact, LocalDate followUp) {}

    public ReferralView suggest(Viewer viewer, UUID participantId, NewReferral request) {
        return gate.change(viewer, participantId, "referral.create", admission -> {
            if (request.serviceId() == null) {
                throw new InvalidInputException("serviceId", "Choose a service");
            }
            String status = directory
                    .statusOf(request.serviceId())
                    .orElseThrow(
                            () -> new InvalidInputException("serviceId", "There is no such service in the directory"));
            if (status.equals("defunct") || status.equals("inactive")) {
                throw new InvalidInputException("serviceId", "This service is no longer offered: choose another");
            }
            if (request.need() == null || !terms.of("need").containsKey(request.need())) {
                throw new InvalidInputException("need", "Choose the need this referral is for");
            }
            LocalDate today = LocalDate.now(clock);
            Instant now = Instant.now(clock);
            Referral referral = Referral.suggest(
                    participantId,
                    request.serviceId(),
                    request.need(),
                    request.note(),
                    request.contact(),
                    request.followUp() == null ? today.plusDays(followUpDays) : request.followUp(),
                    viewer.staff().id(),
                    now,
                    today);
            store.insert(referral, now);
            admission.detail("referral=" + referral.id());
            return view(referral);
        });
    }

    public List<ReferralView> ofPerson(Viewer viewer, UUID participantId) {
        return gate.read(
                viewer,
                participantId,
                "referral.list",
                admission ->
                        store.ofPerson(participantId).stream().map(this::view).toList());
    }

    public ReferralView get(Viewer viewer, UUID participantId, UUID referralId) {
        return gate.read(viewer, participantId, "referral.view", admission -> {
            admission.detail("referral=" + referralId);
            return view(load(participantId, referralId));
        });
    }

    /** Moves the referral to {@code to}, the steps in order (a reason when not connected). */
    public ReferralView move(
            Viewer viewer,
            UUID participantId,
            UUID referralId,
            ReferralStatus to,
            NotConnectedReason reason,
            String note,
            long version) {
        UUID by = viewer.staff().id();
        return change(viewer, participantId, referralId, "referral.status", version, referral -> {
            if (to == null) {
                throw new InvalidInputException("status", "Choose the referral's new status");
            }
            Instant now = Instant.now(clock);
            switch (to) {
                case AGREED -> referral.agree(by, now, note);
                case IN_PROGRESS -> referral.markInProgress(by, now, note);
                case CONNECTED -> referral.markConnected(by, now, note);
                case NOT_CONNECTED -> referral.markNotConnected(reason, by, now, note);
                case CANCELLED -> referral.cancel(by, now, note);
                case SUGGESTED ->
                    throw new InvalidInputException("status", "A referral is suggested only when it is made");
            }
        });
    }

    public ReferralView followUpOn(Viewer viewer, UUID participantId, UUID referralId, LocalDate date, long version) {
        return change(
                viewer,
                participantId,
                referralId,
                "referral.follow-up",
                version,
                referral -> referral.followUpOn(date, LocalDate.now(clock)));
    }

    public ReferralView recordHelped(
            Viewer viewer, UUID participantId, UUID referralId, Helped helped, String words, long version) {
        return change(
                viewer,
                participantId,
                referralId,
                "referral.helped",
                version,
                referral -> referral.recordHelped(helped, words));
    }

    private ReferralView change(
            Viewer viewer, UUID participantId, UUID referralId, String action, long version, Consumer<Referral> step) {
        return gate.change(viewer, participantId, action, admission -> {
            admission.detail("referral=" + referralId);
            Referral referral = load(participantId, referralId);
            if (referral.version() != version) {
                throw new StaleVersionException("This referral", referral.version());
            }
            int before = referral.history().size();
            step.accept(referral);
            store.update(referral, version, before);
            return view(store.find(participantId, referralId).orElseThrow());
        });
    }

    private Referral load(UUID participantId, UUID referralId) {
        return store.find(participantId, referralId).orElseThrow(() -> new NotFoundException("This referral"));
    }

    private ReferralView view(Referral referral) {
        return ReferralView.of(referral, directory.nameOf(referral.serviceId()).orElse(null));
    }
}
