package org.alongside.participant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.alongside.participant.ContactKind;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantDischarged;
import org.alongside.participant.ParticipantEnrolled;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in or seeking recovery. Never deleted: deactivated with a reason. Enrolments and
 * caseload assignments keep their history.
 */
@Table("participant")
public class Participant {

    @Id
    private UUID id;

    private String preferredName;
    private String legalName;
    private String pronouns;
    private LocalDate dateOfBirth;
    private String preferredLanguage;
    private String address;
    private UUID primaryWorkerId;
    private boolean active = true;
    private String deactivatedReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "participant", keyColumn = "participant_key")
    private List<ContactMethodRow> contactMethods = new ArrayList<>();

    @MappedCollection(idColumn = "participant", keyColumn = "participant_key")
    private List<SupportContactRow> supportContacts = new ArrayList<>();

    @MappedCollection(idColumn = "participant", keyColumn = "participant_key")
    private List<Enrolment> enrolments = new ArrayList<>();

    @MappedCollection(idColumn = "participant", keyColumn = "participant_key")
    private List<CaseloadAssignment> assignments = new ArrayList<>();

    /** What happened to this person that other modules react to; published by the repository on save. */
    @Transient
    private final List<Object> events = new ArrayList<>();

    Participant() {}

    public static Participant enrol(
            ParticipantDetails details,
            UUID programId,
            String referralSource,
            LocalDate startDate,
            UUID workerId,
            UUID enrolledBy,
            Instant at) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.createdAt = at;
        participant.describe(details, at);
        participant.enrolments.add(
                new Enrolment(programId, referralSource, startDate, EnrolmentStatus.ACTIVE, null, null));
        participant.primaryWorkerId = workerId;
        participant.assignments.add(new CaseloadAssignment(workerId, at, enrolledBy, null, "Enrolled"));
        participant.events.add(new ParticipantEnrolled(participant.id, programId, workerId, startDate));
        return participant;
    }

    public void describe(ParticipantDetails details, Instant at) {
        this.preferredName = details.preferredName().trim();
        this.legalName = Blank.toNull(details.legalName());
        this.pronouns = Blank.toNull(details.pronouns());
        this.dateOfBirth = details.dateOfBirth();
        this.preferredLanguage = Blank.toNull(details.preferredLanguage());
        this.address = Blank.toNull(details.address());
        this.contactMethods = new ArrayList<>(
                details.contactMethods().stream().map(ContactMethodRow::of).toList());
        this.supportContacts = new ArrayList<>(
                details.supportContacts().stream().map(SupportContactRow::of).toList());
        this.updatedAt = at;
    }

    /** Moves the person to another primary peer worker; the previous assignment is kept as history. */
    public void transferTo(UUID workerId, String reason, UUID by, Instant at) {
        if (workerId.equals(primaryWorkerId)) {
            throw new InvalidInputException("workerId", "This person is already on that peer worker's caseload");
        }
        List<CaseloadAssignment> updated = new ArrayList<>();
        for (CaseloadAssignment assignment : assignments) {
            updated.add(assignment.endedAt() == null ? assignment.end(at) : assignment);
        }
        updated.add(new CaseloadAssignment(workerId, at, by, null, reason));
        this.assignments = updated;
        this.primaryWorkerId = workerId;
        this.updatedAt = at;
    }

    public void changeEnrolmentStatus(EnrolmentStatus status, String reason, LocalDate on, Instant at) {
        if (enrolments.isEmpty()) {
            throw new InvalidInputException("status", "This person has no enrolment");
        }
        Enrolment current = enrolments.get(enrolments.size() - 1);
        if (current.status() == EnrolmentStatus.DISCHARGED) {
            throw new InvalidInputException("status", "This enrolment has ended; enrol the person again instead");
        }
        if (status == EnrolmentStatus.DISCHARGED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Say why the enrolment ends");
        }
        enrolments.set(enrolments.size() - 1, current.withStatus(status, Blank.toNull(reason), on));
        this.updatedAt = at;
        if (status == EnrolmentStatus.DISCHARGED) {
            events.add(new ParticipantDischarged(id, current.programId(), on));
        }
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        events.clear();
    }

    public void deactivate(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why this record is deactivated");
        }
        this.active = false;
        this.deactivatedReason = reason.trim();
        this.updatedAt = at;
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(
                preferredName,
                legalName,
                pronouns,
                dateOfBirth,
                preferredLanguage,
                address,
                contactMethods.stream().map(ContactMethodRow::toDetail).toList(),
                supportContacts.stream().map(SupportContactRow::toDetail).toList());
    }

    public UUID id() {
        return id;
    }

    public UUID primaryWorkerId() {
        return primaryWorkerId;
    }

    public boolean active() {
        return active;
    }

    public String deactivatedReason() {
        return deactivatedReason;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }

    public List<CaseloadAssignment> assignments() {
        return List.copyOf(assignments);
    }

    @Override
    public String toString() {
        return "Participant[" + id + "]";
    }

    /** Stored form of a contact method. */
    @Table("contact_method")
    record ContactMethodRow(String kind, String value, boolean preferred, boolean safeToLeaveMessage) {
        static ContactMethodRow of(ParticipantDetails.ContactMethod method) {
            return new ContactMethodRow(
                    method.kind().name(), method.value().trim(), method.preferred(), method.safeToLeaveMessage());
        }

        ParticipantDetails.ContactMethod toDetail() {
            return new ParticipantDetails.ContactMethod(
                    ContactKind.valueOf(kind), value, preferred, safeToLeaveMessage);
        }
    }

    /** Stored form of a support contact. */
    @Table("support_contact")
    record SupportContactRow(String name, String relationship, String phone) {
        static SupportContactRow of(ParticipantDetails.SupportContact contact) {
            return new SupportContactRow(
                    contact.name().trim(), Blank.toNull(contact.relationship()), Blank.toNull(contact.phone()));
        }

        ParticipantDetails.SupportContact toDetail() {
            return new ParticipantDetails.SupportContact(name, relationship, phone);
        }
    }
}
