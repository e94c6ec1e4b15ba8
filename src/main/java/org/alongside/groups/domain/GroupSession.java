package org.alongside.groups.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;

/**
 * A session of a recovery group and its life cycle: open while attendance is taken and the group
 * note written, then signed by a facilitator, after which nothing changes. Each move is a named
 * method that refuses what the rule does not allow; the store loads and saves.
 */
public final class GroupSession {

    static final String WHAT = "This session";
    public static final int MAX_NOTE = 10_000;

    public enum Status {
        OPEN,
        SIGNED
    }

    /** Who signs the session, as they are at signing. */
    public record Signer(UUID staffId, String name, String credential) {}

    /** One person marked present: from the roster, or walked in. */
    public record Attendance(UUID participantId, boolean walkIn) {}

    private final UUID id;
    private final UUID groupId;
    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;
    private final String topic;
    private String note;
    private Status status;
    private Signer signer;
    private Instant signedAt;
    private final Map<UUID, Attendance> attendance;
    private final List<Attendance> marked = new ArrayList<>();
    private final List<UUID> unmarked = new ArrayList<>();
    private boolean changed;
    private long version;

    GroupSession(
            UUID id,
            UUID groupId,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String topic,
            String note,
            Status status,
            Signer signer,
            Instant signedAt,
            List<Attendance> attendance,
            long version) {
        this.id = id;
        this.groupId = groupId;
        this.date = date;
        this.start = start;
        this.end = end;
        this.topic = topic;
        this.note = note;
        this.status = status;
        this.signer = signer;
        this.signedAt = signedAt;
        this.attendance = new LinkedHashMap<>();
        attendance.forEach(a -> this.attendance.put(a.participantId(), a));
        this.version = version;
    }

    /** A new session of a group, open for attendance and the group note. */
    public static GroupSession open(
            UUID id, UUID groupId, LocalDate date, LocalTime start, LocalTime end, String topic) {
        return new GroupSession(id, groupId, date, start, end, topic, null, Status.OPEN, null, null, List.of(), 0);
    }

    /**
     * Marks a person present. They must be enrolled in the group's program and there must be room;
     * marking someone twice changes nothing (false).
     */
    public boolean markPresent(UUID participantId, boolean walkIn, boolean enrolledInProgram, int capacity) {
        requireOpen();
        if (!enrolledInProgram) {
            throw new InvalidInputException("participantId", "Only people enrolled in this group's program attend it");
        }
        if (attendance.containsKey(participantId)) {
            return false;
        }
        if (attendance.size() >= capacity) {
            throw new ConflictException("The group is full: its capacity is " + capacity);
        }
        Attendance present = new Attendance(participantId, walkIn);
        attendance.put(participantId, present);
        marked.add(present);
        return true;
    }

    /** Un-marks a person before signing (a mistaken tap); false when they were not marked. */
    public boolean markAbsent(UUID participantId) {
        requireOpen();
        if (attendance.remove(participantId) == null) {
            return false;
        }
        unmarked.add(participantId);
        return true;
    }

    /** Writes the group note, naming the version it read. It is copied into each attendee's record at signing. */
    public void writeNote(String text, long expectedVersion) {
        requireOpen();
        requireVersion(expectedVersion);
        checkNote(text, false);
        note = text;
        changed = true;
    }

    /**
     * Signs the session: on or after its day, with someone marked and the group note written.
     * It then locks; each attendee's group contact is written with it by the contact module.
     */
    public void sign(Signer by, long expectedVersion, LocalDate today, Instant at) {
        requireOpen();
        requireVersion(expectedVersion);
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "A session is signed on or after the day it happened");
        }
        if (attendance.isEmpty()) {
            throw new InvalidInputException("attendance", "Mark who came before signing");
        }
        checkNote(note, true);
        signer = by;
        signedAt = at;
        status = Status.SIGNED;
        changed = true;
    }

    public static void checkNote(String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw new InvalidInputException("note", "Write the group note before signing");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Use at most " + MAX_NOTE + " characters");
        }
    }

    private void requireOpen() {
        if (status == Status.SIGNED) {
            throw new ConflictException("This session is signed. It does not change any more.");
        }
    }

    private void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new StaleVersionException(WHAT, version);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    public String topic() {
        return topic;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public Signer signer() {
        return signer;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** Who is marked present now, in the order they were marked. */
    public List<UUID> attendees() {
        return List.copyOf(attendance.keySet());
    }

    public boolean isMarked(UUID participantId) {
        return attendance.containsKey(participantId);
    }

    public long version() {
        return version;
    }

    List<Attendance> marked() {
        return marked;
    }

    List<UUID> unmarked() {
        return unmarked;
    }

    boolean changed() {
        return changed;
    }

    void saved() {
        if (changed) {
            version++;
        }
        changed = false;
        marked.clear();
        unmarked.clear();
    }

    @Override
    public String toString() {
        return "GroupSession[" + id + " " + status + "]";
    }
}
