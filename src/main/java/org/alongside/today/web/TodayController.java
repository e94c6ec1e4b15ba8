package org.alongside.today.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Clock clock;

    private final TodayBoard board;
    private final Texts texts;
    private final Dates dates;
    private final CallButtons buttons;

    TodayController(TodayBoard board, Texts texts, Dates dates, CallButtons buttons, Clock clock) {
        this.clock = clock;
        this.buttons = buttons;
        this.board = board;
        this.texts = texts;
        this.dates = dates;
    }

    /** A section of the page, ready to show. */
    record Part(String id, String title, int count, List<Map<String, String>> lines, String more) {}

    @GetMapping("/today")
    String today(StaffMember user, HttpServletRequest request, Model model) {
        String root = request.getContextPath();
        List<Part> parts = new ArrayList<>();
        boolean phoning = false; // the call buttons' words are looked up only for a day with someone to phone
        for (TodayBoard.Part part : board.dayOf(user)) {
            List<Map<String, String>> lines = new ArrayList<>(part.items().size());
            boolean planned = part.section() == TodayItem.Section.CALLS;
            for (TodayItem item : part.items()) {
                lines.add(line(item, root, planned));
                phoning |= item.call() != null;
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
        if (phoning) {
            model.addAttribute("c", callTexts());
        }
        model.addAttribute("day", dates.day(LocalDate.now(clock)));
        return "today/today";
    }

    /** The words of the call buttons and forms, looked up once per page rather than once per line. */
    private Map<String, String> callTexts() {
        Map<String, String> c = new HashMap<>(8);
        c.put("call", texts.of("today.call"));
        c.put("text", texts.of("phone.text"));
        c.put("noNumber", texts.of("today.call.noNumber"));
        c.put("how", texts.of("calls.how"));
        return c;
    }

    /**
     * One line, ready to show: where it leads ({@code href}), whose it is ({@code person}), what and
     * when ({@code what}, {@code when}), what was agreed ({@code said}) and the action ({@code action},
     * {@code actionLabel}); a part it lacks is null. A map rather than a record: the template reads a
     * map's entries directly, where each read of a record's property goes through Thymeleaf's
     * restricted-expression checks and a reflective lookup (JFR, 40 lines: a fifth of the application's
     * samples for this page with records, 2 % with maps).
     */
    private Map<String, String> line(TodayItem item, String root, boolean planned) {
        Map<String, String> line = new HashMap<>(24);
        line.put("href", root + item.href());
        line.put("person", item.person());
        line.put("what", texts.of(item.label(), item.args().toArray()));
        line.put(
                "when",
                item.due() == null
                        ? null
                        : dates.list(item.due()) + (item.at() == null ? "" : " · " + dates.time(item.at())));
        line.put("said", item.said());
        line.put("action", item.action() == null ? null : root + item.action().url());
        line.put(
                "actionLabel",
                item.action() == null ? null : texts.of(item.action().label()));
        TodayItem.Call call = item.call();
        line.put("dial", call == null ? null : call.dialable());
        boolean logs = call != null && call.logUrl() != null;
        line.put(
                "outcomes",
                logs && planned
                        ? buttons.outcomes(root + item.href() + "?outcome=REACHED#log-heading", root + call.logUrl())
                        : null);
        line.put("later", logs && !planned ? buttons.later(root + call.logUrl()) : null);
        line.put("callAria", call == null || call.number() == null ? null : texts.of("phone.call", call.number()));
        line.put("textAria", call == null || call.number() == null ? null : texts.of("phone.textTo", call.number()));
        line.put(
                "last",
                call == null || call.lastOutcome() == null
                        ? null
                        : texts.of("today.call.last", texts.of(call.lastOutcome()), dates.list(call.lastOn())));
        return line;
    }
}
