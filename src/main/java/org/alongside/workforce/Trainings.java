package org.alongside.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.workforce.domain.HourCategory;
import org.alongside.workforce.domain.Training;
import org.alongside.workforce.domain.TrainingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing education a staff member logs (or an administrator logs for them): a day that is not
 * in the future, more than 0 and at most 24 hours, and hours per category that add up to no more
 * than the training's. One logged by mistake is withdrawn with a reason by the same people, and
 * kept.
 */
@Service
public class Trainings {

    /** What is asked to log; {@code categoryHours} says how many of the hours fall in each category. */
    public record NewTraining(
            LocalDate takenOn,
            String title,
            String provider,
            boolean approvedProvider,
            BigDecimal hours,
            Map<HourCategory, BigDecimal> categoryHours,
            UUID proofId) {}

    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    private final TrainingStore store;
    private final ProofFiles proofs;
    private final WorkforceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Trainings(TrainingStore store, ProofFiles proofs, WorkforceAccess access, AuditLog audit, Clock clock) {
        this.store = store;
        this.proofs = proofs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Training log(Viewer.StaffMember viewer, UUID staffId, NewTraining asked, ProofFiles.Upload proof) {
        access.changing(viewer, staffId, WorkforceActions.TRAINING_ADD);
        Training training = checked(staffId, asked);
        if (proof != null) {
            Training t = training;
            training = new Training(
                    t.id(),
                    staffId,
                    t.takenOn(),
                    t.title(),
                    t.provider(),
                    t.approvedProvider(),
                    t.hours(),
                    t.categoryHours(),
                    proofs.store(viewer, staffId, proof),
                    t.source());
        }
        store.insert(training, viewer.id(), Instant.now(clock));
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.TRAINING_ADD, "training", training.id())
                .withDetail("staff=" + staffId + " hours=" + training.hours().toPlainString()));
        return training;
    }

    /** Withdraws a training logged by mistake; a training of someone else answers as one that does not exist. */
    @Transactional
    public Training withdraw(Viewer.StaffMember viewer, UUID staffId, UUID trainingId, String reason) {
        access.changing(viewer, staffId, WorkforceActions.TRAINING_WITHDRAW);
        Training withdrawn = store.find(staffId, trainingId)
                .orElseThrow(() -> new NotFoundException("This training"))
                .withdraw(viewer.id(), reason, Instant.now(clock));
        if (!store.saveWithdrawal(withdrawn)) {
            throw new InvalidInputException("reason", "This training was already withdrawn");
        }
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.TRAINING_WITHDRAW, "training", trainingId)
                .withDetail("staff=" + staffId));
        return withdrawn;
    }

    @Transactional(readOnly = true)
    public List<Training> of(Viewer.StaffMember viewer, UUID staffId) {
        access.reading(viewer, staffId, WorkforceActions.PROFILE_READ);
        return store.of(List.of(staffId));
    }

    private Training checked(UUID staffId, NewTraining asked) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (asked.takenOn() == null) {
            errors.put("takenOn", "Give the day of the training");
        } else if (asked.takenOn().isAfter(LocalDate.now(clock))) {
            errors.put("takenOn", "A training cannot be dated in the future");
        }
        if (asked.title() == null || asked.title().isBlank()) {
            errors.put("title", "Name the training");
        } else if (asked.title().strip().length() > 200) {
            errors.put("title", "This is too long");
        }
        if (asked.provider() != null && asked.provider().strip().length() > 200) {
            errors.put("provider", "This is too long");
        }
        BigDecimal hours = asked.hours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(DAY) > 0) {
            errors.put("hours", "Hours are more than 0 and at most 24 in a day");
        }
        Map<HourCategory, BigDecimal> split = new EnumMap<>(HourCategory.class);
        BigDecimal inCategories = BigDecimal.ZERO;
        for (var entry : (asked.categoryHours() == null ? Map.<HourCategory, BigDecimal>of() : asked.categoryHours())
                .entrySet()) {
            BigDecimal value = entry.getValue();
            if (value == null || value.signum() == 0) {
                continue;
            }
            if (value.signum() < 0) {
                errors.put("categoryHours", "Hours cannot be negative");
            }
            split.put(entry.getKey(), value.stripTrailingZeros());
            inCategories = inCategories.add(value);
        }
        if (hours != null && !errors.containsKey("categoryHours") && inCategories.compareTo(hours) > 0) {
            errors.put("categoryHours", "The hours in categories add up to more than the hours of the training");
        }
        if (!proofs.belongsTo(asked.proofId(), staffId)) {
            errors.put("proofId", "Upload the proof for this staff member first");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Training(
                UUID.randomUUID(),
                staffId,
                asked.takenOn(),
                asked.title().strip(),
                asked.provider() == null || asked.provider().isBlank()
                        ? null
                        : asked.provider().strip(),
                asked.approvedProvider(),
                hours.stripTrailingZeros(),
                split,
                asked.proofId(),
                Training.Source.TRAINING);
    }
}
