package org.alongside;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every mapped endpoint under some path prefixes, found from the handler mappings, for the access walkers. */
public final class HandlerEndpoints {

    private HandlerEndpoints() {}

    public record Endpoint(HttpMethod method, String pattern) {
        public boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    public static List<Endpoint> under(RequestMappingHandlerMapping mappings, String... prefixes) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (String prefix : prefixes) {
                    if (pattern.startsWith(prefix)) {
                        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                            endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
                        }
                    }
                }
            }
        });
        return endpoints;
    }
}
