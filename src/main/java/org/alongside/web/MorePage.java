package org.alongside.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The More page a phone's bottom bar opens: every other place the reader's roles open, and signing out. */
@Controller
class MorePage {

    @GetMapping("/more")
    String more() {
        return "more";
    }
}
