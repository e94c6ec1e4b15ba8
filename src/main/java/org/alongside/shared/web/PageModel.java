package org.alongside.shared.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page gets an {@code errors} map, empty unless a refused form put its messages there, so
 * templates can ask for a field's message without checking for null.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageModel {

    @ModelAttribute("errors")
    Map<String, String> noErrors() {
        return Map.of();
    }
}
