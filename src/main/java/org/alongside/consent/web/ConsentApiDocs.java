package org.alongside.consent.web;

import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells API clients what OpenAPI's "required" cannot say of a consent: it ends on a day, at an
 * event, or both (42 CFR §2.31(a)(7)), and it covers listed information or everything. Each group
 * in {@code x-one-of-required} needs at least one of its fields.
 */
@Configuration
class ConsentApiDocs {

    @Bean
    OpenApiCustomizer consentOneOfRequired() {
        return api -> {
            var schemas =
                    api.getComponents() == null ? null : api.getComponents().getSchemas();
            if (schemas != null && schemas.get("ConsentRequest") != null) {
                schemas.get("ConsentRequest")
                        .addExtension(
                                "x-one-of-required",
                                List.of(List.of("expiresOn", "expiryEvent"), List.of("information", "everything")));
            }
        };
    }
}
