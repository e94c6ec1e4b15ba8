package org.alongside;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler that carries a person's id outside its path, found from the handler methods
 * themselves: a request parameter, or a component of a JSON body or form record, whose name speaks
 * of a participant or a person (or is the directory's and referral form's {@code for}), and a
 * path variable so named outside {@code /people/{id}}. The
 * compiler keeps parameter names here, as Spring needs, so a new handler is found by itself.
 */
public final class PersonCarriers {

    private static final Pattern PERSON = Pattern.compile(".*(participant|person).*|for");

    private PersonCarriers() {}

    /**
     * Where a handler carries the person: as request parameters by name (a path variable as
     * {@code {name}}), or in its JSON body by component name.
     */
    public record Carrier(
            HttpMethod method, String pattern, Set<String> params, Set<String> bodyFields, Class<?> body) {

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern + " params=" + params + " body=" + bodyFields;
        }
    }

    public static List<Carrier> find(RequestMappingHandlerMapping mappings) {
        List<Carrier> found = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> params = new LinkedHashSet<>();
            Set<String> bodyFields = new LinkedHashSet<>();
            Class<?> body = null;
            for (Parameter parameter : handler.getMethod().getParameters()) {
                PathVariable path = AnnotatedElementUtils.findMergedAnnotation(parameter, PathVariable.class);
                if (path != null) {
                    String name = path.name().isEmpty() ? parameter.getName() : path.name();
                    if (speaksOfAPerson(name)) {
                        params.add("{" + name + "}");
                    }
                    continue;
                }
                RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
                if (param != null) {
                    String name = param.name().isEmpty() ? parameter.getName() : param.name();
                    if (isAnId(parameter) && (speaksOfAPerson(name) || speaksOfAPerson(parameter.getName()))) {
                        params.add(name);
                    }
                } else if (parameter.isAnnotationPresent(RequestBody.class)
                        || parameter.isAnnotationPresent(ModelAttribute.class)) {
                    if (parameter.getType().isRecord()) {
                        for (RecordComponent component : parameter.getType().getRecordComponents()) {
                            if (speaksOfAPerson(component.getName()) && !isAName(component.getName())) {
                                bodyFields.add(component.getName());
                                body = parameter.getType();
                            }
                        }
                    }
                }
            }
            if (!params.isEmpty() || !bodyFields.isEmpty()) {
                for (String pattern : info.getPatternValues()) {
                    for (HttpMethod method : methods(info)) {
                        found.add(new Carrier(method, pattern, params, bodyFields, body));
                    }
                }
            }
        });
        return found;
    }

    private static List<HttpMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                .stream().map(RequestMethod::asHttpMethod).toList();
    }

    /** An id or ids as the request carries them: a UUID, text, or a list of either (not a flag, not a number). */
    private static boolean isAnId(Parameter parameter) {
        Class<?> type = parameter.getType();
        return type == UUID.class || type == String.class || List.class.isAssignableFrom(type);
    }

    /** A field that holds a person's name as written (a consent's {@code personName}), not their id. */
    private static boolean isAName(String name) {
        return name.endsWith("Name");
    }

    static boolean speaksOfAPerson(String name) {
        return PERSON.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
