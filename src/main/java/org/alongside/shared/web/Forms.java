package org.alongside.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.StaleVersionException;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place a refused page form becomes the same page again. A controller says what its
 * submission does when it succeeds and how its page is drawn; when the change is refused (bad
 * input, a version someone else changed, a conflict), the page is drawn again with the messages
 * beside the fields ({@code errors}), the conflict above the form ({@code conflict}) and everything the person typed ({@code typed}, each field as sent, several
 * values joined by commas), unless the controller already keeps its own form record in the model.
 */
public final class Forms {

    private Forms() {}

    /** Runs {@code change} (a page to go to, or a download); refused, draws the page again with {@code again}. */
    public static <T> T submit(Model model, Supplier<T> change, Supplier<T> again) {
        return submit(model, change, refusal -> again.get());
    }

    /** As above, for a page that shows something of the refusal itself (the other version's changes). */
    public static <T> T submit(Model model, Supplier<T> change, Function<RuntimeException, T> again) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (model.getAttribute("errors") instanceof Map<?, ?> found) {
                found.forEach((field, message) -> errors.put(String.valueOf(field), String.valueOf(message)));
            }
            e.fieldErrors().forEach(errors::putIfAbsent);
            model.addAttribute("errors", errors);
            return again(model, e, again);
        } catch (StaleVersionException | ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return again(model, e, again);
        }
    }

    /** Gives a page drawn afresh an empty set of messages; a refused form's page keeps the messages it has. */
    public static void errorsIfNone(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /** The messages of the refused form, field by field (none when it was a conflict). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> errors(Model model) {
        return model.getAttribute("errors") instanceof Map<?, ?> errors ? (Map<String, String>) errors : Map.of();
    }

    /** Refuses the submission with these messages when there are any (fields that did not parse). */
    public static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <T> T again(Model model, RuntimeException refusal, Function<RuntimeException, T> again) {
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", typed());
        }
        return again.apply(refusal);
    }

    /** What the person sent with the refused form, field by field. */
    private static Map<String, String> typed() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        attributes.getRequest().getParameterMap().forEach((name, values) -> typed.put(name, String.join(",", values)));
        return typed;
    }
}
