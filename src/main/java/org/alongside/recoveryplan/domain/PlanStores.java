package org.alongside.recoveryplan.domain;

import java.time.LocalDate;
import java.util.List;
import org.alongside.recoveryplan.domain.VersionedDocuments.Kind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The two versioned plan documents a person has, the recovery plan and the crisis plan, with their rules. */
@Configuration(proxyBeanMethods = false)
class PlanStores {

    @Bean
    VersionedDocuments<PlanDocument> recoveryPlans(JdbcClient jdbc, JsonMapper json) {
        return new VersionedDocuments<>(jdbc, json, "recovery_plan", PlanDocument.class, new Kind<>() {
            public String what() {
                return "This recovery plan";
            }

            public PlanDocument empty() {
                return PlanDocument.empty();
            }

            public void check(PlanDocument plan, LocalDate today) {
                PlanRules.check(plan, today);
            }

            public List<PlanDiff.Change> changes(PlanDocument before, PlanDocument after) {
                return PlanDiff.changes(before, after);
            }
        });
    }

    @Bean
    VersionedDocuments<CrisisPlanDocument> crisisPlans(JdbcClient jdbc, JsonMapper json) {
        return new VersionedDocuments<>(jdbc, json, "crisis_plan", CrisisPlanDocument.class, new Kind<>() {
            public String what() {
                return "This crisis plan";
            }

            public CrisisPlanDocument empty() {
                return CrisisPlanDocument.empty();
            }

            public void check(CrisisPlanDocument plan, LocalDate today) {
                plan.check(today);
            }

            /** A crisis plan's history says what kind of save it was; its versions are not diffed yet. */
            public List<PlanDiff.Change> changes(CrisisPlanDocument before, CrisisPlanDocument after) {
                return List.of();
            }
        });
    }
}
