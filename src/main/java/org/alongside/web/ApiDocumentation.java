package org.alongside.web;

import io.swagger.v3.oas.models.media.StringSchema;
import java.time.LocalTime;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document describes types its generator gets wrong: a time of day is a string
 * like {@code 10:30}, not an object of hours and nanoseconds.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        LocalTime.class,
                        new StringSchema()
                                .format("time")
                                .pattern("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")
                                .example("10:30"));
    }
}
