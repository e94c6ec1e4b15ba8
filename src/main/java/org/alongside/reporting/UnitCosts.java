package org.alongside.reporting;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one unit of service use costs where the program works, for the outcome report's estimate of
 * cost avoided: a hospital day, an emergency department visit, a crisis event, a jail day. None is
 * set by default (costs differ by place and payer); the report prints the figures it used and their
 * source beside the estimate.
 */
@ConfigurationProperties("alongside.outcomes.unit-costs")
public record UnitCosts(
        BigDecimal hospitalDay,
        BigDecimal emergencyVisit,
        BigDecimal crisisEvent,
        BigDecimal jailDay,
        String currency,
        String source) {

    public boolean configured() {
        return hospitalDay != null || emergencyVisit != null || crisisEvent != null || jailDay != null;
    }

    /** The unit cost of a service-use measure, or null when none is set. */
    public BigDecimal of(String measure) {
        return switch (measure) {
            case "hospital_days" -> hospitalDay;
            case "emergency_visits" -> emergencyVisit;
            case "crisis_events" -> crisisEvent;
            case "jail_days" -> jailDay;
            default -> null;
        };
    }
}
