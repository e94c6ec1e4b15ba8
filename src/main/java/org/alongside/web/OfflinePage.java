package org.alongside.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page the service worker shows when a phone has no connection (kept in its cache at install). */
@Controller
class OfflinePage {

    @GetMapping("/offline")
    String offline() {
        return "offline";
    }
}
