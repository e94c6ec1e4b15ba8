package org.alongside.today;

import java.time.LocalDate;
import java.util.List;
import org.alongside.participant.Listing;
import org.alongside.participant.Visibility;
import org.alongside.shared.Viewer;

/**
 * What a module puts on a staff member's Today page (follow-ups due, notes to finish, sessions to
 * run, and later referral follow-ups, measures due, credential renewals). Every implementation is
 * asked once per page, inside one gated, audited read, and answers in one or two statements; it
 * decides from the viewer's roles what to say to them, and reads only the people {@code visible}
 * lets it see.
 */
public interface TodayItems {

    List<TodayItem> itemsFor(Day day);

    /**
     * Who is asking, the people they may see (narrow it with {@link Visibility#caseloadOf}), and
     * which day it is. Made only from the gate's {@link Listing}, so no Today source reads people
     * outside the gate's audited read.
     */
    final class Day {
        private final Viewer.StaffMember viewer;
        private final Visibility visible;
        private final LocalDate date;

        Day(Viewer.StaffMember viewer, Listing listing, LocalDate date) {
            this.viewer = viewer;
            this.visible = listing.visibility();
            this.date = date;
        }

        public Viewer.StaffMember viewer() {
            return viewer;
        }

        public Visibility visible() {
            return visible;
        }

        public LocalDate date() {
            return date;
        }
    }
}
