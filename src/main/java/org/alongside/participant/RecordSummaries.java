package org.alongside.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * What another module shows on a person's page, so the page opens as a summary (last contact,
 * next follow-up, current goals, the crisis plan) rather than a stack of forms. Each
 * implementation is asked inside the page's own gated, audited read, in one or two statements.
 */
public interface RecordSummaries {

    List<Card> cardsFor(Admission admission, LocalDate today);

    /**
     * A card: its place on the page (lower first), its title (a message key), its lines, what to
     * say when there are none (a message key), and a link to the full page.
     */
    record Card(int order, String title, List<Line> lines, String empty, Link more) {
        public Card {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line: a message key and its arguments, words someone wrote (shown as written), a date, and
     * where a tap takes the reader (or null).
     */
    record Line(String label, List<Object> args, String said, LocalDate date, String href) {
        public Line {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Line of(String label, Object... args) {
            return new Line(label, List.of(args), null, null, null);
        }

        public Line saying(String words) {
            return new Line(label, args, words, date, href);
        }

        public Line on(LocalDate day) {
            return new Line(label, args, said, day, href);
        }

        public Line linking(String target) {
            return new Line(label, args, said, date, target);
        }
    }

    /** A link with its label as a message key. */
    record Link(String label, String href) {}
}
