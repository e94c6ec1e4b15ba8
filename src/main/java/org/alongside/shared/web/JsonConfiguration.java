package org.alongside.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read strictly where a lenient reading would fail later: a {@code null} inside a list
 * ({@code "contactMethods": [null]}) is refused while reading, naming the field, instead of
 * reaching code that expects something there; so is a date sent as a number (read as days since
 * 1970, it could be millions of years away).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer refuseNullsInsideListsAndNumbersAsDates() {
        return builder -> builder.changeDefaultNullHandling(value -> value.withContentNulls(Nulls.FAIL))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
