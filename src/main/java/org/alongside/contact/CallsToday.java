package org.alongside.contact;

import java.util.ArrayList;
import java.util.List;
import org.alongside.contact.domain.CheckInStore;
import org.alongside.shared.ContactValues;
import org.alongside.today.TodayItem;
import org.alongside.today.TodayItem.Section;
import org.alongside.today.TodayItems;
import org.springframework.stereotype.Component;

/**
 * Check-in calls on Today for a supervisor: the people on their team whom three calls in a row did
 * not reach, in one statement. The worker's own calls come with their caseload ({@link CaseloadToday}).
 */
@Component
class CallsToday implements TodayItems {

    private final CheckInStore store;

    CallsToday(CheckInStore store) {
        this.store = store;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        List<TodayItem> items = new ArrayList<>();
        if (day.viewer().isSupervisor()) {
            for (CheckInStore.Planned p :
                    store.planned(day.visible().teamOf(day.viewer().id()))) {
                if (p.unansweredInARow() && !p.workerId().equals(day.viewer().id())) {
                    items.add(TodayItem.of(
                                    Section.TEAM,
                                    "today.team.unanswered",
                                    "/people/" + p.participantId() + "/check-in",
                                    p.workerName())
                            .about(p.participantId(), p.name()));
                }
            }
        }
        return items;
    }

    /** A call on the worker's own list: Call and Text, the last outcome, and the outcome one tap away. */
    static TodayItem item(CheckInCalls.CallDue call) {
        String person = "/people/" + call.participantId();
        TodayItem item = call.plannedToday()
                ? TodayItem.of(Section.CALLS, "today.call.due", person + "/check-in", window(call))
                        .at(call.windowStart())
                : TodayItem.of(Section.CALLS, "today.call.unanswered", person + "/check-in");
        return item.about(call.participantId(), call.name())
                .calling(
                        call.phone(),
                        call.phone() == null ? null : ContactValues.dialable(call.phone()),
                        person + "/calls",
                        call.lastOutcome() == null ? null : "callOutcome." + call.lastOutcome(),
                        call.lastOn());
    }

    private static String window(CheckInCalls.CallDue call) {
        return call.windowStart() + "–" + call.windowEnd();
    }
}
