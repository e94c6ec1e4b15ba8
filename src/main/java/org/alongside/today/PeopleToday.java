package org.alongside.today;

import java.util.ArrayList;
import java.util.List;
import org.alongside.participant.ParticipantManagement;
import org.alongside.participant.ProgramFigures;
import org.springframework.stereotype.Component;

/**
 * An administrator's figures on Today: people active in each of their programs, and, as something
 * needing attention, people whose peer worker's account is no longer active (they need a transfer).
 */
@Component
class PeopleToday implements TodayItems {

    private final ParticipantManagement participants;

    PeopleToday(ParticipantManagement participants) {
        this.participants = participants;
    }

    @Override
    public List<TodayItem> itemsFor(Day day) {
        if (!day.viewer().isAdmin()) {
            return List.of();
        }
        List<TodayItem> items = new ArrayList<>();
        for (ProgramFigures figures : participants.figures(day.visible())) {
            items.add(TodayItem.of(
                    TodayItem.Section.FIGURES,
                    "today.admin.program",
                    "/people?scope=all",
                    figures.program(),
                    figures.active(),
                    figures.enrolled()));
            if (figures.withoutWorker() > 0) {
                items.add(TodayItem.of(
                        TodayItem.Section.ATTENTION,
                        "today.admin.withoutWorker",
                        "/people?scope=all",
                        figures.withoutWorker(),
                        figures.program()));
            }
        }
        return items;
    }
}
