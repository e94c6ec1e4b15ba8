package org.alongside.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.DirectorySearch;
import org.alongside.participant.Disclosure;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ParticipantView;
import org.alongside.participant.RecordGate;
import org.alongside.participant.WithPerson;
import org.alongside.referral.domain.Referral;
import org.alongside.referral.domain.ReferralStore;
import org.alongside.shared.Action;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
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
    private final ParticipantManagement participants;
    private final ReferralSettings settings;
    private final StaffDirectory staff;
    private final Clock clock;

    ReferralManagement(
            RecordGate gate,
            ReferralStore store,
            DirectorySearch directory,
            AlongsideTerms terms,
            ParticipantManagement participants,
            ReferralSettings settings,
            StaffDirectory staff,
            Clock clock) {
        this.clock = clock;
        this.gate = gate;
        this.store = store;
        this.directory = directory;
        this.terms = terms;
        this.participants = participants;
        this.settings = settings;
        this.staff = staff;
    }

    /** Who a new referral would be for, and the follow-up date it would get unless another is chosen. */
    public record Draft(UUID participantId, String preferredName, LocalDate followUp) {}

    public Draft draft(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, ReferralActions.FORM, admission -> {
            ParticipantView person = participants.get(admission);
            return new Draft(
                    participantId,
                    person.details().preferredName(),
                    LocalDate.now(clock).plusDays(settings.followUpDays(programOf(person))));
        });
    }

    /** What a new referral says; a missing follow-up date is set the program's number of days ahead (7 unless set). */
    public record NewReferral(
            UUID serviceId, String need, String note, ContactPreference contact, LocalDate followUp) {}

    public ReferralView suggest(Viewer viewer, UUID participantId, NewReferral request) {
        return gate.change(viewer, participantId, ReferralActions.CREATE, admission -> {
            Map<String, String> errors = new LinkedHashMap<>();
            if (request.serviceId() == null) {
                errors.put("serviceId", "Choose a service");
            } else {
                String status = directory.statusOf(request.serviceId()).orElse(null);
                if (status == null) {
                    errors.put("serviceId", "There is no such service in the directory");
                } else if (!DirectorySearch.takesReferrals(status)) {
                    errors.put("serviceId", "This service is no longer offered: choose another");
                }
            }
            if (request.need() == null || !terms.of("need").containsKey(request.need())) {
                errors.put("need", "Choose the need this referral is for");
            }
            if (request.contact() == null) {
                errors.put("contact", "Choose how the person wants contact to happen");
            }
            if (request.followUp() != null && request.followUp().isBefore(LocalDate.now(clock))) {
                errors.put("followUp", "A follow-up is today or later");
            }
            if (!errors.isEmpty()) {
                // every field's problem at once, so a form is put right in one go
                throw new InvalidInputException(errors);
            }
            LocalDate today = LocalDate.now(clock);
            Instant now = Instant.now(clock);
            UUID program = programOf(participants.get(admission));
            Referral referral = Referral.suggest(
                    participantId,
                    request.serviceId(),
                    program,
                    request.need(),
                    request.note(),
                    request.contact(),
                    request.followUp() == null ? today.plusDays(settings.followUpDays(program)) : request.followUp(),
                    viewer.staff().id(),
                    now,
                    today);
            store.insert(referral, now);
            admission.detail("referral=" + referral.id());
            return view(referral);
        });
    }

    public List<ReferralView> ofPerson(Viewer viewer, UUID participantId) {
        return gate.read(viewer, participantId, ReferralActions.LIST, admission -> ofPersonOf(participantId));
    }

    /** The page of ofPerson: the person and what they hold, in one gated read (one check, one audit row). */
    public WithPerson<List<ReferralView>> ofPersonPage(Viewer viewer, UUID participantId) {
        return participants.readWithPerson(
                viewer, participantId, ReferralActions.LIST, admission -> ofPersonOf(participantId));
    }

    private List<ReferralView> ofPersonOf(UUID participantId) {
        List<Referral> all = store.ofPerson(participantId);
        Map<UUID, String> names = staff.names(all.stream()
                .flatMap(r -> r.history().stream())
                .map(Referral.StatusChange::by)
                .collect(Collectors.toSet()));
        Map<UUID, String> services =
                directory.namesOf(all.stream().map(Referral::serviceId).collect(Collectors.toSet()));
        return all.stream()
                .map(r -> ReferralView.of(r, services.get(r.serviceId()), names))
                .toList();
    }

    /** One referral's page: the referral and the person, in one gated read. */
    public WithPerson<ReferralView> page(Viewer viewer, UUID participantId, UUID referralId) {
        return participants.readWithPerson(viewer, participantId, ReferralActions.VIEW, admission -> {
            admission.detail("referral=" + referralId);
            return view(load(participantId, referralId));
        });
    }

    /**
     * The referral slip the person takes along (where, when, what to bring; never their name or
     * need): disclosed to them, rendered by {@code render} inside the gate.
     */
    public <T> T discloseSlip(
            Viewer viewer, UUID participantId, UUID referralId, Function<WithPerson<ReferralView>, T> render) {
        return discloseSlip(viewer, participantId, referralId, ReferralActions.SLIP, render);
    }

    /** The same slip as a text message to the person's phone: disclosed to them, composed inside the gate. */
    public <T> T discloseSlipText(
            Viewer viewer, UUID participantId, UUID referralId, Function<WithPerson<ReferralView>, T> compose) {
        return discloseSlip(viewer, participantId, referralId, ReferralActions.SLIP_TEXT, compose);
    }

    private <T> T discloseSlip(
            Viewer viewer,
            UUID participantId,
            UUID referralId,
            Action action,
            Function<WithPerson<ReferralView>, T> render) {
        return gate.disclose(
                viewer, participantId, action, Disclosure.toThePersonForCare(Disclosure.Part.REFERRALS), admission -> {
                    admission.detail("referral=" + referralId);
                    return render.apply(participants.with(admission, view(load(participantId, referralId))));
                });
    }

    public ReferralView get(Viewer viewer, UUID participantId, UUID referralId) {
        return gate.read(viewer, participantId, ReferralActions.VIEW, admission -> {
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
        return change(viewer, participantId, referralId, ReferralActions.STATUS, version, referral -> {
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
                ReferralActions.FOLLOW_UP,
                version,
                referral -> referral.followUpOn(date, LocalDate.now(clock)));
    }

    /** Sets (or, with no day, clears) the person's appointment at the service. */
    public ReferralView appointment(
            Viewer viewer, UUID participantId, UUID referralId, LocalDate on, java.time.LocalTime at, long version) {
        return change(
                viewer,
                participantId,
                referralId,
                ReferralActions.APPOINTMENT,
                version,
                referral -> referral.appointment(on, at));
    }

    public ReferralView recordHelped(
            Viewer viewer, UUID participantId, UUID referralId, Helped helped, String words, long version) {
        return change(
                viewer,
                participantId,
                referralId,
                ReferralActions.HELPED,
                version,
                referral -> referral.recordHelped(helped, words));
    }

    private ReferralView change(
            Viewer viewer, UUID participantId, UUID referralId, Action action, long version, Consumer<Referral> step) {
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
        return view(
                referral,
                staff.names(referral.history().stream()
                        .map(Referral.StatusChange::by)
                        .collect(Collectors.toSet())));
    }

    private ReferralView view(Referral referral, Map<UUID, String> names) {
        return ReferralView.of(referral, directory.nameOf(referral.serviceId()).orElse(null), names);
    }

    /** The program the person is enrolled in now (not discharged), or none. */
    private static UUID programOf(ParticipantView person) {
        ParticipantView.EnrolmentView current = person.currentEnrolment();
        return current == null || current.status() == EnrolmentStatus.DISCHARGED ? null : current.programId();
    }
}
