package org.alongside.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One line on the Today page: what it is (a message key and its arguments), whose record it is
 * about, what was said in their own words (shown as typed), when it is due, where one tap takes
 * the reader (and the time, for something at an hour), optionally the one action to start from here
 * (a form post, such as "Write a note"), and for someone to phone the number and the call's outcome form.
 */
public record TodayItem(
        Section section,
        String label,
        List<Object> args,
        UUID participantId,
        String person,
        String said,
        LocalDate due,
        LocalTime at,
        String href,
        Action action,
        Call call) {

    public TodayItem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TodayItem of(Section section, String label, String href, Object... args) {
        return new TodayItem(section, label, List.of(args), null, null, null, null, null, href, null, null);
    }

    /** The same item about a person. */
    public TodayItem about(UUID participantId, String person) {
        return new TodayItem(section, label, args, participantId, person, said, due, at, href, action, call);
    }

    public TodayItem saying(String words) {
        return new TodayItem(section, label, args, participantId, person, words, due, at, href, action, call);
    }

    public TodayItem due(LocalDate date) {
        return new TodayItem(section, label, args, participantId, person, said, date, at, href, action, call);
    }

    public TodayItem at(LocalTime time) {
        return new TodayItem(section, label, args, participantId, person, said, due, time, href, action, call);
    }

    public TodayItem withAction(String labelKey, String url) {
        return new TodayItem(
                section, label, args, participantId, person, said, due, at, href, new Action(labelKey, url), call);
    }

    /** The same item with Call and Text buttons for {@code number}, and its outcome logged at {@code logUrl}. */
    public TodayItem calling(String number, String dialable, String logUrl, String lastOutcome, LocalDate lastOn) {
        return new TodayItem(
                section,
                label,
                args,
                participantId,
                person,
                said,
                due,
                at,
                href,
                action,
                new Call(number, dialable, logUrl, lastOutcome, lastOn));
    }

    /**
     * A person to phone: the number as shown and as dialled (null when none is on record), where the
     * outcome is posted, and the last call's outcome (a message key) and day.
     */
    public record Call(String number, String dialable, String logUrl, String lastOutcome, LocalDate lastOn) {}

    /** A button that posts to {@code url}, labelled by the message {@code label}. */
    public record Action(String label, String url) {}

    /** The parts of the page, in the order they are shown; the most pressing first. */
    public enum Section {
        /** Planned for today: contacts agreed for today, group sessions to run. */
        TODAY,
        /** Check-in calls to make today, and people three calls in a row did not reach. */
        CALLS,
        /** Past their date: follow-ups, plan reviews. */
        OVERDUE,
        /** Notes returned by a supervisor, with their comment. */
        RETURNED,
        /** The reader's own unfinished notes and sessions. */
        TO_FINISH,
        /** Notes waiting for the reader's co-sign. */
        COSIGN,
        /** People the reader has not been in contact with for a while. */
        NOT_SEEN,
        /** A supervisor's team: each supervisee and what is open on their caseload. */
        TEAM,
        /** An administrator's figures for their programs. */
        FIGURES,
        /** An administrator's list of what needs attention. */
        ATTENTION
    }
}
