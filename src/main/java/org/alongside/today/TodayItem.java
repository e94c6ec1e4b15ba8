package org.alongside.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One line on the Today page: what it is (a message key and its arguments), whose record it is
 * about, what was said in their own words (shown as typed), when it is due, where one tap takes
 * the reader (and the time, for something at an hour), and optionally the one action to start from here (a form post, such as "Write a note").
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
        Action action) {

    public TodayItem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TodayItem of(Section section, String label, String href, Object... args) {
        return new TodayItem(section, label, List.of(args), null, null, null, null, null, href, null);
    }

    /** The same item about a person. */
    public TodayItem about(UUID participantId, String person) {
        return new TodayItem(section, label, args, participantId, person, said, due, at, href, action);
    }

    public TodayItem saying(String words) {
        return new TodayItem(section, label, args, participantId, person, words, due, at, href, action);
    }

    public TodayItem due(LocalDate date) {
        return new TodayItem(section, label, args, participantId, person, said, date, at, href, action);
    }

    public TodayItem at(LocalTime time) {
        return new TodayItem(section, label, args, participantId, person, said, due, time, href, action);
    }

    public TodayItem withAction(String labelKey, String url) {
        return new TodayItem(
                section, label, args, participantId, person, said, due, at, href, new Action(labelKey, url));
    }

    /** A button that posts to {@code url}, labelled by the message {@code label}. */
    public record Action(String label, String url) {}

    /** The parts of the page, in the order they are shown; the most pressing first. */
    public enum Section {
        /** Planned for today: contacts agreed for today, group sessions to run. */
        TODAY,
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
