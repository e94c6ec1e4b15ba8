package org.alongside.today.web;

import org.alongside.shared.Viewer.StaffMember;
import org.alongside.today.TodayBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page everyone lands on after signing in: their day, one tap from each thing to do. */
@Controller
class TodayController {

    private final TodayBoard board;

    TodayController(TodayBoard board) {
        this.board = board;
    }

    @GetMapping("/today")
    String today(StaffMember user, Model model) {
        model.addAttribute("parts", board.dayOf(user));
        return "today/today";
    }
}
