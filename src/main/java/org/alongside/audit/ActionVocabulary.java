package org.alongside.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alongside.shared.Action;
import org.alongside.shared.InvalidInputException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every action the audit trail can hold: the constants of each module's actions enum, found on the
 * class path at start-up (a new module's enum joins by itself). Two constants with one code stop
 * the start; a filter naming a code no module declares is refused with a 400.
 */
@Component
public class ActionVocabulary {

    private final Map<String, Action> byCode;

    ActionVocabulary() {
        this(declared());
    }

    ActionVocabulary(List<Action> actions) {
        Map<String, Action> codes = new TreeMap<>();
        for (Action action : actions) {
            Action before = codes.put(action.code(), action);
            if (before != null) {
                throw new IllegalStateException(
                        "Two actions have the code " + action.code() + ": " + name(before) + " and " + name(action));
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
    }

    /** The codes, in alphabetical order, for a filter's choices. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** The action with this code, if any module declares it. */
    public Action of(String code) {
        return byCode.get(code);
    }

    /**
     * A filter's action: blank means any; a code no module declares is refused (400, the choices
     * offered beside the field), so a typo never reads as "nothing happened".
     */
    public String checkFilter(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim();
        if (!byCode.containsKey(trimmed)) {
            throw new InvalidInputException(field, "No such action: choose one of the actions offered");
        }
        return trimmed;
    }

    private static String name(Action action) {
        return action.getClass().getSimpleName() + "." + action;
    }

    private static List<Action> declared() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Action.class));
        List<Action> actions = new ArrayList<>();
        ClassLoader loader = ActionVocabulary.class.getClassLoader();
        for (BeanDefinition found : scanner.findCandidateComponents("org.alongside")) {
            Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), loader);
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    actions.add((Action) constant);
                }
            }
        }
        return actions;
    }
}
