package org.alongside.today.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.alongside.today.TodayBoard;
import org.alongside.today.TodayItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page everyone lands on after signing in: their day, one tap from each thing to do. The
 * lines are written and drawn by {@link TodayLines}, in the reader's language, so the page only
 * places them: it is read many times a day and its rendering is most of its cost.
 */
@Controller
class TodayController {

    private final Clock clock;
    private final TodayBoard board;
    private final TodayLines lines;
    private final Texts texts;
    private final Dates dates;

    TodayController(TodayBoard board, TodayLines lines, Texts texts, Dates dates, Clock clock) {
        this.clock = clock;
        this.board = board;
        this.lines = lines;
        this.texts = texts;
        this.dates = dates;
    }

    /** A section of the page, ready to show: its lines as drawn HTML. */
    record Part(String id, String title, int count, List<String> lines, String more) {}

    @GetMapping("/today")
    String today(StaffMember user, HttpServletRequest request, Model model) {
        String root = request.getContextPath();
        List<Part> parts = new ArrayList<>();
        for (TodayBoard.Part part : board.dayOf(user)) {
            boolean planned = part.section() == TodayItem.Section.CALLS;
            List<String> drawn = new ArrayList<>(part.items().size());
            for (TodayItem item : part.items()) {
                drawn.add(lines.of(item, root, planned));
            }
            String id = part.section().name().toLowerCase(Locale.ROOT);
            parts.add(new Part(
                    id,
                    texts.of("today.section." + part.section()),
                    part.items().size() + part.more(),
                    drawn,
                    part.more() > 0 ? texts.of("today.more", part.more()) : null));
        }
        model.addAttribute("parts", parts);
        model.addAttribute("day", dates.day(LocalDate.now(clock)));
        return "today/today";
    }
}
