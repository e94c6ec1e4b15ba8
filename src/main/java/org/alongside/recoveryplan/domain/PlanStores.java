package org.alongside.recoveryplan.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The two versioned plan documents a person has: the recovery plan and the crisis plan. */
@Configuration(proxyBeanMethods = false)
class PlanStores {

    @Bean
    VersionedDocuments<PlanDocument> recoveryPlans(JdbcClient jdbc, JsonMapper json) {
        return new VersionedDocuments<>(jdbc, json, "recovery_plan", PlanDocument.class);
    }

    @Bean
    VersionedDocuments<CrisisPlanDocument> crisisPlans(JdbcClient jdbc, JsonMapper json) {
        return new VersionedDocuments<>(jdbc, json, "crisis_plan", CrisisPlanDocument.class);
    }
}
