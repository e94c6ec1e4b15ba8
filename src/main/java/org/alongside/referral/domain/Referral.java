package org.alongside.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.referral.Appointment;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.Helped;
import org.alongside.referral.NotConnectedReason;
import org.alongside.referral.ReferralStatus;
import org.alongside.shared.Blank;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;

/**
 * A referral of a person to a service, and its life cycle in one place: suggested, agreed by the
 * person, in progress (contact made, an appointment set), connected; or not connected for a
 * reason, or cancelled. Each step is taken in order, dated and by someone; a step skipped or taken
 * back is refused (409) and changes nothing. Every open referral has a follow-up date, not in the
 * past. Whether it helped is asked only once the person is connected.
 */
public final class Referral {

    /**
     * One change of status: to what, when, by whom, with the reason or a note when there was one. A
     * skipped step is one the worker never saw happen (they learned the person got connected): it is
     * kept as skipped, never as if it had happened then.
     */
    public record StatusChange(
            ReferralStatus status, Instant at, UUID by, NotConnectedReason reason, String note, boolean skipped) {}

    /** The open steps in the order a referral usually takes them. */
    private static final List<ReferralStatus> STEPS = List.of(
            ReferralStatus.SUGGESTED, ReferralStatus.AGREED, ReferralStatus.IN_PROGRESS, ReferralStatus.CONNECTED);

    private final UUID id;
    private final UUID participantId;
    private final UUID serviceId;
    private final UUID programId;
    private final String need;
    private final String note;
    private final ContactPreference contact;
    private final UUID createdBy;
    private ReferralStatus status;
    private LocalDate followUp;
    private NotConnectedReason reason;
    private Helped helped;
    private String helpedWords;
    private Appointment appointment;
    private long version;
    private final List<StatusChange> history;

    /** A referral as it was stored (the store's way in); a new one is {@link #suggest}ed. */
    Referral(
            UUID id,
            UUID participantId,
            UUID serviceId,
            UUID programId,
            String need,
            String note,
            ContactPreference contact,
            UUID createdBy,
            ReferralStatus status,
            LocalDate followUp,
            NotConnectedReason reason,
            Helped helped,
            String helpedWords,
            Appointment appointment,
            long version,
            List<StatusChange> history) {
        this.id = id;
        this.participantId = participantId;
        this.serviceId = serviceId;
        this.programId = programId;
        this.need = need;
        this.note = note;
        this.contact = contact;
        this.createdBy = createdBy;
        this.status = status;
        this.followUp = followUp;
        this.reason = reason;
        this.helped = helped;
        this.helpedWords = helpedWords;
        this.appointment = appointment;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    /** The same referral as stored, with its status history (the store reads histories apart). */
    Referral withHistory(List<StatusChange> changes) {
        return new Referral(
                id,
                participantId,
                serviceId,
                programId,
                need,
                note,
                contact,
                createdBy,
                status,
                followUp,
                reason,
                helped,
                helpedWords,
                appointment,
                version,
                changes);
    }

    /**
     * A new referral, suggested today with its first follow-up, in the program the person is
     * enrolled in (null when none); the need is one of Alongside's needs.
     */
    public static Referral suggest(
            UUID participantId,
            UUID serviceId,
            UUID programId,
            String need,
            String note,
            ContactPreference contact,
            LocalDate followUp,
            UUID by,
            Instant at,
            LocalDate today) {
        if (contact == null) {
            throw new InvalidInputException("contact", "Choose how the person wants contact to happen");
        }
        checkFollowUp(followUp, today);
        return new Referral(
                UUID.randomUUID(),
                participantId,
                serviceId,
                programId,
                need,
                Blank.toNull(note),
                contact,
                by,
                ReferralStatus.SUGGESTED,
                followUp,
                null,
                null,
                null,
                null,
                0,
                List.of(new StatusChange(ReferralStatus.SUGGESTED, at, by, null, Blank.toNull(note), false)));
    }

    /** The person agreed to the referral. */
    public void agree(UUID by, Instant at, String note) {
        moveForward(ReferralStatus.AGREED, by, at, note);
    }

    /** Contact was made with the service, or an appointment set (agreeing is skipped if not recorded). */
    public void markInProgress(UUID by, Instant at, String note) {
        moveForward(ReferralStatus.IN_PROGRESS, by, at, note);
    }

    /**
     * The person got connected: the referral is closed, and counts. The worker may learn it in one
     * call from any open step; the steps in between are recorded as skipped.
     */
    public void markConnected(UUID by, Instant at, String note) {
        moveForward(ReferralStatus.CONNECTED, by, at, note);
        followUp = null;
    }

    /** The referral ended without the person being connected, for a reason. */
    public void markNotConnected(NotConnectedReason why, UUID by, Instant at, String note) {
        if (why == null) {
            throw new InvalidInputException("reason", "Choose why the person was not connected");
        }
        requireOpen();
        reason = why;
        change(ReferralStatus.NOT_CONNECTED, by, at, why, note);
        followUp = null;
    }

    /** The referral is withdrawn before it happened. */
    public void cancel(UUID by, Instant at, String note) {
        requireOpen();
        change(ReferralStatus.CANCELLED, by, at, null, note);
        followUp = null;
    }

    /** The next follow-up of an open referral: today or later. */
    public void followUpOn(LocalDate date, LocalDate today) {
        if (!status.open()) {
            throw new ConflictException("This referral is closed: it has no follow-up");
        }
        checkFollowUp(date, today);
        followUp = date;
    }

    /**
     * The person's appointment at the service (a day, and a time if one was given), or none when
     * both are empty; only while the referral is open. It goes on the slip the person carries.
     */
    public void appointment(LocalDate on, LocalTime at) {
        if (!status.open()) {
            throw new ConflictException("This referral is closed: it has no appointment to set");
        }
        if (on == null && at != null) {
            throw new InvalidInputException("appointmentOn", "Give the appointment's day as well as its time");
        }
        appointment = on == null ? null : new Appointment(on, at);
    }

    /** Whether being connected helped, in the person's words if they gave any; only once connected. */
    public void recordHelped(Helped answer, String words) {
        if (answer == null) {
            throw new InvalidInputException("helped", "Choose yes, somewhat or no");
        }
        if (status != ReferralStatus.CONNECTED) {
            throw new ConflictException("Whether it helped is asked once the person is connected");
        }
        helped = answer;
        helpedWords = Blank.toNull(words);
    }

    /** The statuses this referral can move to from where it is, in the order a page offers them. */
    public List<ReferralStatus> nextSteps() {
        return switch (status) {
            case SUGGESTED ->
                List.of(
                        ReferralStatus.AGREED,
                        ReferralStatus.IN_PROGRESS,
                        ReferralStatus.CONNECTED,
                        ReferralStatus.NOT_CONNECTED,
                        ReferralStatus.CANCELLED);
            case AGREED ->
                List.of(
                        ReferralStatus.IN_PROGRESS,
                        ReferralStatus.CONNECTED,
                        ReferralStatus.NOT_CONNECTED,
                        ReferralStatus.CANCELLED);
            case IN_PROGRESS ->
                List.of(ReferralStatus.CONNECTED, ReferralStatus.NOT_CONNECTED, ReferralStatus.CANCELLED);
            case CONNECTED, NOT_CONNECTED, CANCELLED -> List.of();
        };
    }

    /** The FHIR R4 Task.status this referral would be exported as. */
    public String fhirTaskStatus() {
        return status == ReferralStatus.NOT_CONNECTED && reason != null
                ? reason.fhirTaskStatus()
                : status.fhirTaskStatus();
    }

    /** A move to a later open step or to connected; the steps passed over are kept as skipped. */
    private void moveForward(ReferralStatus to, UUID by, Instant at, String note) {
        int from = STEPS.indexOf(status);
        int target = STEPS.indexOf(to);
        if (!status.open() || from >= target) {
            throw refusal();
        }
        for (ReferralStatus skipped : STEPS.subList(from + 1, target)) {
            history.add(new StatusChange(skipped, at, by, null, null, true));
        }
        change(to, by, at, null, note);
    }

    private void requireOpen() {
        if (!status.open()) {
            throw refusal();
        }
    }

    /** Why a move is refused: the referral is closed, or the move goes back to a step already passed. */
    private ConflictException refusal() {
        return status.open()
                ? new ConflictException("This referral is already past that step: a referral does not move back")
                : new ConflictException("This referral is closed: its status cannot change");
    }

    private void change(ReferralStatus to, UUID by, Instant at, NotConnectedReason why, String note) {
        status = to;
        history.add(new StatusChange(to, at, by, why, Blank.toNull(note), false));
    }

    private static void checkFollowUp(LocalDate followUp, LocalDate today) {
        if (followUp == null) {
            throw new InvalidInputException("followUp", "Choose a follow-up date");
        }
        if (followUp.isBefore(today)) {
            throw new InvalidInputException("followUp", "A follow-up is today or later");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public UUID programId() {
        return programId;
    }

    public String need() {
        return need;
    }

    public String note() {
        return note;
    }

    public ContactPreference contact() {
        return contact;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate followUp() {
        return followUp;
    }

    public NotConnectedReason reason() {
        return reason;
    }

    public Helped helped() {
        return helped;
    }

    public String helpedWords() {
        return helpedWords;
    }

    public Appointment appointment() {
        return appointment;
    }

    public long version() {
        return version;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
