package org.alongside.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.alongside.supervision.SupervisionSessionRecorded;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.Training;
import org.alongside.workforce.domain.TrainingStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Supervision hours accrue by themselves: each recorded session becomes, for each supervisee, an
 * entry of supervision received (its minutes as hours), once, however often the event is delivered.
 */
@Component
class SupervisionHours {

    private static final BigDecimal MINUTES = BigDecimal.valueOf(60);

    private final TrainingStore trainings;
    private final Clock clock;

    SupervisionHours(TrainingStore trainings, Clock clock) {
        this.trainings = trainings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SupervisionSessionRecorded recorded) {
        BigDecimal hours = BigDecimal.valueOf(recorded.minutes())
                .divide(MINUTES, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        for (UUID supervisee : recorded.supervisees()) {
            trainings.accrue(
                    new Training(
                            UUID.randomUUID(),
                            supervisee,
                            recorded.heldOn(),
                            "Supervision",
                            null,
                            false,
                            hours,
                            Map.of(HourCategory.SUPERVISION, hours),
                            null,
                            Training.Source.SUPERVISION),
                    recorded.sessionId(),
                    recorded.supervisorId(),
                    Instant.now(clock));
        }
    }
}
