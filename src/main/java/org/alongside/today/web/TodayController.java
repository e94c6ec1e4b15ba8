package org.alongside.today.web;

import jakarta.servlet.http.HttpServletRequest;
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
 * lines are written here, in the reader's language, so the template only places them: the page is
 * read many times a day and its rendering is most of its cost.
 */
@Controller
class TodayController {

    private final TodayBoard board;
    private final Texts texts;
    private final Dates dates;

    TodayController(TodayBoard board, Texts texts, Dates dates) {
        this.board = board;
        this.texts = texts;
        this.dates = dates;
    }

    /** A section of the page, ready to show. */
    record Part(String id, String title, int count, List<Line> lines, String more) {}

    /** One line, ready to show: where it leads, whose it is, what and when, what was agreed, the action. */
    record Line(String href, String person, String what, String when, String said, String action, String actionLabel) {}

    @GetMapping("/today")
    String today(StaffMember user, HttpServletRequest request, Model model) {
        String root = request.getContextPath();
        List<Part> parts = new ArrayList<>();
        for (TodayBoard.Part part : board.dayOf(user)) {
            List<Line> lines = new ArrayList<>(part.items().size());
            for (TodayItem item : part.items()) {
                lines.add(line(item, root));
            }
            String id = part.section().name().toLowerCase(Locale.ROOT);
            parts.add(new Part(
                    id,
                    texts.of("today.section." + part.section()),
                    part.items().size() + part.more(),
                    lines,
                    part.more() > 0 ? texts.of("today.more", part.more()) : null));
        }
        model.addAttribute("parts", parts);
        model.addAttribute("day", dates.day(LocalDate.now()));
        return "today/today";
    }

    private Line line(TodayItem item, String root) {
        String when = item.due() == null
                ? null
                : dates.list(item.due()) + (item.at() == null ? "" : " · " + dates.time(item.at()));
        return new Line(
                root + item.href(),
                item.person(),
                texts.of(item.label(), item.args().toArray()),
                when,
                item.said(),
                item.action() == null ? null : root + item.action().url(),
                item.action() == null ? null : texts.of(item.action().label()));
    }
}
