package org.alongside.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alongside.participant.RecordGate;
import org.alongside.shared.Viewer;
import org.springframework.stereotype.Service;

/**
 * A staff member's day: every module's {@link TodayItems} asked once, inside one gated read that
 * is audited as one list, grouped by section with the most pressing first, and each section cut
 * at {@value #PER_SECTION} lines (the rest are counted, not hidden silently).
 */
@Service
public class TodayBoard {

    static final int PER_SECTION = 50;

    private static final Comparator<TodayItem> ORDER = Comparator.comparing(
                    (TodayItem i) -> i.due(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(TodayItem::person, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

    private final RecordGate gate;
    private final List<TodayItems> sources;
    private final Clock clock;

    TodayBoard(RecordGate gate, List<TodayItems> sources, Clock clock) {
        this.clock = clock;
        this.gate = gate;
        this.sources = List.copyOf(sources);
    }

    /** One section of the page: its first lines and how many more there are. */
    public record Part(TodayItem.Section section, List<TodayItem> items, int more) {}

    /** The viewer's day, as of today. */
    public List<Part> dayOf(Viewer.StaffMember viewer) {
        return dayOf(viewer, LocalDate.now(clock));
    }

    /**
     * How many lines of each kind (by message key) the viewer's day holds, for a reminder that says
     * "2 notes to co-sign" and nothing about whom: every source asked, nothing cut, audited as a count.
     */
    public Map<String, Integer> tally(Viewer.StaffMember viewer) {
        LocalDate date = LocalDate.now(clock);
        return gate.list(viewer, TodayActions.TALLY, "today", null, listing -> {
            listing.reusePlans();
            TodayItems.Day day = new TodayItems.Day(viewer, listing, date);
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (TodayItems source : sources) {
                for (TodayItem item : source.itemsFor(day)) {
                    counts.merge(item.label(), 1, Integer::sum);
                }
            }
            listing.detail("tally="
                    + counts.values().stream().mapToInt(Integer::intValue).sum());
            return counts;
        });
    }

    List<Part> dayOf(Viewer.StaffMember viewer, LocalDate date) {
        return gate.list(viewer, TodayActions.VIEW, "today", null, listing -> {
            listing.reusePlans();
            TodayItems.Day day = new TodayItems.Day(viewer, listing, date);
            Map<TodayItem.Section, List<TodayItem>> grouped = new EnumMap<>(TodayItem.Section.class);
            int count = 0;
            for (TodayItems source : sources) {
                for (TodayItem item : source.itemsFor(day)) {
                    grouped.computeIfAbsent(item.section(), s -> new ArrayList<>())
                            .add(item);
                    count++;
                }
            }
            listing.detail("items=" + count);
            List<Part> parts = new ArrayList<>();
            grouped.forEach((section, items) -> {
                items.sort(ORDER);
                int shown = Math.min(items.size(), PER_SECTION);
                parts.add(new Part(section, List.copyOf(items.subList(0, shown)), items.size() - shown));
            });
            return parts;
        });
    }
}
