package org.alongside.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.workforce.domain.Credential;
import org.alongside.workforce.domain.CredentialStore;
import org.alongside.workforce.domain.Renewal;
import org.alongside.workforce.domain.RuleSet;
import org.alongside.workforce.domain.Training;
import org.alongside.workforce.domain.TrainingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's credentials: recorded by the person or an administrator who manages them,
 * checked against their rule set (an expiry that is not the end of one of its cycles is refused;
 * left empty, it is worked out), renewed by a new credential that replaces the old, and read with
 * where each stands today.
 */
@Service
public class Credentials {

    /** What is asked to record: a rule set's credential, or one named by hand. */
    public record NewCredential(
            String ruleSetId,
            String typeName,
            String issuingBody,
            String number,
            LocalDate certifiedOn,
            LocalDate issuedOn,
            LocalDate expiresOn,
            UUID proofId) {}

    /** A credential with its rules (null when named by hand) and where it stands today. */
    public record Held(Credential credential, RuleSet rules, Renewal.Standing standing) {}

    private final CredentialStore store;
    private final TrainingStore trainings;
    private final RuleSetCatalog catalog;
    private final ProofFiles proofs;
    private final WorkforceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Credentials(
            CredentialStore store,
            TrainingStore trainings,
            RuleSetCatalog catalog,
            ProofFiles proofs,
            WorkforceAccess access,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.trainings = trainings;
        this.catalog = catalog;
        this.proofs = proofs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a credential; a proof uploaded with it is kept in the same transaction, or not at all. */
    @Transactional
    public Held add(Viewer.StaffMember viewer, UUID staffId, NewCredential asked, ProofFiles.Upload proof) {
        access.changing(viewer, staffId, WorkforceActions.CREDENTIAL_ADD);
        Credential credential = withProof(viewer, checked(staffId, asked, UUID.randomUUID(), null), proof);
        store.insert(credential, viewer.id(), Instant.now(clock));
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.CREDENTIAL_ADD, "credential", credential.id())
                .withDetail("staff=" + staffId));
        return held(credential);
    }

    /** Records a renewed (or corrected) certificate in place of the current one, which is kept. */
    @Transactional
    public Held replace(
            Viewer.StaffMember viewer, UUID staffId, UUID credentialId, NewCredential asked, ProofFiles.Upload proof) {
        access.changing(viewer, staffId, WorkforceActions.CREDENTIAL_REPLACE);
        Credential old = store.find(credentialId)
                .filter(c -> c.staffId().equals(staffId))
                .orElseThrow(() -> new NotFoundException("This credential"));
        if (store.replaced(credentialId)) {
            throw new ConflictException("This credential has already been replaced by a newer one");
        }
        Credential next =
                withProof(viewer, old.replacedBy(UUID.randomUUID(), checked(staffId, asked, null, null)), proof);
        store.insert(next, viewer.id(), Instant.now(clock));
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.CREDENTIAL_REPLACE, "credential", next.id())
                .withDetail("staff=" + staffId + " replaces=" + credentialId));
        return held(next);
    }

    /** The staff member's current credentials, each with where it stands today. */
    @Transactional(readOnly = true)
    public List<Held> of(Viewer.StaffMember viewer, UUID staffId) {
        access.reading(viewer, staffId, WorkforceActions.PROFILE_READ);
        return standings(List.of(staffId));
    }

    /** Without an access check: for the module's own pages and dashboard, after theirs. */
    List<Held> standings(List<UUID> staffIds) {
        Map<String, RuleSet> rules = new LinkedHashMap<>();
        catalog.all().forEach(r -> rules.put(r.id(), r));
        Map<UUID, List<Training>> byStaff = trainings.of(staffIds).stream()
                .filter(Training::counts)
                .collect(Collectors.groupingBy(Training::staffId));
        LocalDate today = LocalDate.now(clock);
        return store.current(staffIds).stream()
                .map(c -> {
                    RuleSet r = c.ruleSetId() == null ? null : rules.get(c.ruleSetId());
                    return new Held(c, r, c.standing(r, byStaff.getOrDefault(c.staffId(), List.of()), today));
                })
                .toList();
    }

    private Credential withProof(Viewer.StaffMember viewer, Credential c, ProofFiles.Upload proof) {
        if (proof == null) {
            return c;
        }
        UUID proofId = proofs.store(viewer, c.staffId(), proof);
        return new Credential(
                c.id(),
                c.staffId(),
                c.ruleSetId(),
                c.typeName(),
                c.issuingBody(),
                c.number(),
                c.certifiedOn(),
                c.issuedOn(),
                c.expiresOn(),
                proofId,
                c.replaces());
    }

    private Held held(Credential credential) {
        return standings(List.of(credential.staffId())).stream()
                .filter(h -> h.credential().id().equals(credential.id()))
                .findFirst()
                .orElseThrow();
    }

    private Credential checked(UUID staffId, NewCredential asked, UUID id, UUID replaces) {
        Map<String, String> errors = new LinkedHashMap<>();
        RuleSet rules = null;
        if (asked.ruleSetId() != null && !asked.ruleSetId().isBlank()) {
            rules = catalog.find(asked.ruleSetId()).orElse(null);
            if (rules == null) {
                errors.put("ruleSetId", "Choose a credential type from the list");
            }
        } else if (blank(asked.typeName())) {
            errors.put("typeName", "Name the credential, or choose its type from the list");
        }
        text(asked.typeName(), 200, "typeName", errors);
        text(asked.issuingBody(), 200, "issuingBody", errors);
        text(asked.number(), 100, "number", errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate certified = asked.certifiedOn();
        LocalDate issued = asked.issuedOn() == null ? certified : asked.issuedOn();
        LocalDate expires = asked.expiresOn();
        if (certified == null) {
            errors.put("certifiedOn", "Give the date of certification");
        } else if (certified.isAfter(today)) {
            errors.put("certifiedOn", "The date of certification cannot be in the future");
        } else if (issued.isBefore(certified)) {
            errors.put("issuedOn", "A certificate is issued on or after the date of certification");
        } else if (expires != null && !expires.isAfter(issued)) {
            errors.put("expiresOn", "The expiry date comes after the date of issue");
        } else if (rules != null && expires == null) {
            expires = rules.cycle().endAfter(issued, certified);
        } else if (rules != null && !rules.cycle().endsOn(expires, certified)) {
            errors.put(
                    "expiresOn",
                    "This is not the end of a renewal cycle of this credential: leave it empty and it is worked out");
        }
        if (!proofs.belongsTo(asked.proofId(), staffId)) {
            errors.put("proofId", "Upload the proof for this staff member first");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Credential(
                id,
                staffId,
                rules == null ? null : rules.id(),
                rules == null ? asked.typeName().strip() : rules.name(),
                blank(asked.issuingBody())
                        ? (rules == null ? null : rules.issuingBody())
                        : asked.issuingBody().strip(),
                blank(asked.number()) ? null : asked.number().strip(),
                certified,
                issued,
                expires,
                asked.proofId(),
                replaces);
    }

    private static void text(String value, int max, String field, Map<String, String> errors) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(field, "This is too long");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
