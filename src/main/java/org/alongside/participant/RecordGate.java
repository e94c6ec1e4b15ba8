package org.alongside.participant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Action;
import org.alongside.shared.Action.Kind;
import org.alongside.shared.Purpose;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way into a person's record. Every read and change names the viewer, the person and
 * the action; the gate asks the access policies (one query, or none when the work's own
 * statement carries the rule), runs the work in one transaction, writes the SUCCESS audit row in
 * it, and on refusal writes a DENIED row in a transaction of its own (so it survives the
 * rollback) and answers exactly as for a record that does not exist.
 */
@Component
public class RecordGate {

    /** What a refusal says: the same words as for a person who does not exist. */
    public static final String WHAT = "This person's record";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<AccessPolicy> policies;
    private final TransactionTemplate work;
    private final Disclosures disclosures;

    RecordGate(
            JdbcClient jdbc,
            AuditLog audit,
            List<AccessPolicy> policies,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policies = List.copyOf(policies);
        this.work = new TransactionTemplate(transactions);
        this.disclosures = new Disclosures(jdbc, clock);
    }

    /**
     * Who this viewer may see for this access, for a list query's WHERE clause: every policy's
     * condition, all of them. Outside this module it is reached only through the gate's proofs
     * ({@link Listing}, {@link Admission#seen()}), never on its own.
     */
    Visibility visibility(Viewer viewer, Access access) {
        if (viewer == null) {
            return new Visibility("false", Map.of());
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (AccessPolicy policy : policies) {
            AccessPolicy.Condition condition = policy.condition(viewer, access);
            conditions.add("(" + condition.sql() + ")");
            condition.params().forEach((name, value) -> {
                if (params.put(name, value) != null) {
                    throw new IllegalStateException("Two access policies bind the parameter " + name);
                }
            });
        }
        return new Visibility(conditions.isEmpty() ? "false" : String.join(" and ", conditions), params);
    }

    /** Whether the viewer may see the person: one query; false too when there is no such person. */
    private boolean maySee(Viewer viewer, Access access, UUID participantId) {
        return viewer != null && participantId != null && sees(visibility(viewer, access), participantId);
    }

    private boolean sees(Visibility visible, UUID participantId) {
        return jdbc.sql("select exists (select 1 from participant p where p.id = :gate_id and " + visible.on("p") + ")")
                .paramSource(visible.params().addValue("gate_id", participantId))
                .query(Boolean.class)
                .single();
    }

    /** Reads the person's record: checked, in one transaction, audited. */
    public <T> T read(Viewer viewer, UUID participantId, Action action, Function<Admission, T> task) {
        return onePerson(
                viewer, participantId, Access.of(kind(action, Kind.READ), viewer), true, task.andThen(Outcome::of));
    }

    /** Changes the person's record: checked, in one transaction, audited. */
    public <T> T change(Viewer viewer, UUID participantId, Action action, Function<Admission, T> task) {
        return onePerson(
                viewer, participantId, Access.of(kind(action, Kind.CHANGE), viewer), true, task.andThen(Outcome::of));
    }

    /**
     * For work whose own statement carries the access rule ({@link Admission#visibility()}), so
     * the check costs no extra query: the work answers empty when the person was not visible, and
     * the gate then refuses exactly as {@link #change} would.
     */
    public <T> T changeWithRuleInline(
            Viewer viewer, UUID participantId, Action action, Function<Admission, Optional<T>> task) {
        return onePerson(
                viewer,
                participantId,
                Access.of(kind(action, Kind.CHANGE), viewer),
                false,
                task.andThen(Outcome::ofOptional));
    }

    /** A read whose own statement carries the access rule; see {@link #changeWithRuleInline}. */
    public <T> T readWithRuleInline(
            Viewer viewer, UUID participantId, Action action, Function<Admission, Optional<T>> task) {
        return onePerson(
                viewer,
                participantId,
                Access.of(kind(action, Kind.READ), viewer),
                false,
                task.andThen(Outcome::ofOptional));
    }

    /**
     * Part of the person's record leaves the program ({@code disclosure}: to whom, why, which
     * parts, among those the work {@code produces}): checked like a read, then in one transaction
     * the work runs (rendering the document, say) and the gate writes the SUCCESS audit row and an
     * accounting-of-disclosures row. A refused or failed disclosure leaves neither; a recipient
     * without a name, no purpose, or parts the work does not produce is a 400, and nothing is sent.
     */
    public <T> T disclose(
            Viewer viewer,
            UUID participantId,
            Action action,
            Disclosure disclosure,
            Set<Disclosure.Part> produces,
            Function<Admission, T> task) {
        disclosure.check(produces);
        return onePerson(
                viewer, participantId, Access.disclosing(kind(action, Kind.READ), disclosure), true, admission -> {
                    T result = task.apply(admission);
                    admission.detail(
                            "to=" + disclosure.recipient().kind().name().toLowerCase(Locale.ROOT)
                                    + " purpose=" + disclosure.purpose().name().toLowerCase(Locale.ROOT)
                                    + " parts=" + disclosure.parts().size());
                    disclosures.account(participantId, viewer.actorId(), action, disclosure);
                    return Outcome.of(result);
                });
    }

    /** A disclosure whose work produces exactly the parts it declares (a fixed document). */
    public <T> T disclose(
            Viewer viewer, UUID participantId, Action action, Disclosure disclosure, Function<Admission, T> task) {
        return disclose(viewer, participantId, action, disclosure, disclosure.parts(), task);
    }

    /** The accounting of disclosures of the admitted person, newest first. */
    List<Disclosure.Accounted> disclosuresOf(Admission admission) {
        return disclosures.of(admission.participantId());
    }

    /**
     * One change that writes into several people's records at once (signing a group session):
     * every person must be visible, or nothing happens and each one refused is recorded.
     */
    public <T> T changeAll(Viewer viewer, Collection<UUID> participantIds, Action action, Function<Admission, T> task) {
        return pass(
                viewer,
                new LinkedHashSet<>(participantIds),
                null,
                Access.of(kind(action, Kind.CHANGE), viewer),
                true,
                task.andThen(Outcome::of));
    }

    /**
     * A new record (enrolment): there is nobody to check yet, the work checks its own rules and
     * names the person it created with {@link Admission#created(UUID)}.
     */
    public <T> T create(Viewer viewer, Action action, Function<Admission, T> task) {
        return pass(
                viewer, Set.of(), null, Access.of(kind(action, Kind.CHANGE), viewer), false, task.andThen(Outcome::of));
    }

    /**
     * A list of people or of their records: the work puts the viewer's {@link Visibility} in its
     * statement; the gate audits the list (with the number of results unless the work says more).
     */
    public <T> T list(Viewer viewer, Action action, String subjectType, Object subjectId, Function<Listing, T> task) {
        Access access = Access.of(kind(action, Kind.LIST), viewer);
        return listed(
                viewer, access, subjectType, subjectId, new Listing(visibility(viewer, access), jdbc, null), task);
    }

    /**
     * A list that leaves the program (an export for a payer): the work says, for each person in
     * it, to whom ({@link Listing#disclosedTo}); in the same transaction as the list's audit row the
     * gate writes one accounting-of-disclosures row per person, for {@code purpose} and {@code parts}.
     */
    public <T> T discloseList(
            Viewer viewer,
            Action action,
            String subjectType,
            Object subjectId,
            Purpose purpose,
            Set<Disclosure.Part> parts,
            Function<Listing, T> task) {
        Access access = new Access(kind(action, Kind.LIST), purpose, null);
        Listing listing = new Listing(visibility(viewer, access), jdbc, new LinkedHashMap<>());
        return listed(viewer, access, subjectType, subjectId, listing, l -> {
            T result = task.apply(l);
            l.disclosed.forEach((person, recipient) -> {
                Disclosure disclosure = new Disclosure(recipient, purpose, parts);
                disclosure.check(parts);
                disclosures.account(person, viewer.actorId(), action, disclosure);
            });
            l.detail(join(l.detail, "disclosed=" + l.disclosed.size()));
            return result;
        });
    }

    private <T> T listed(
            Viewer viewer,
            Access access,
            String subjectType,
            Object subjectId,
            Listing listing,
            Function<Listing, T> task) {
        return work.execute(status -> {
            T result = task.apply(listing);
            audit.record(AuditEvent.of(viewer.actorId(), access.action(), subjectType, subjectId)
                    .withPurpose(access.purpose())
                    .withDetail(join(viewerDetail(viewer), listing.detailOf(result))));
            return result;
        });
    }

    /**
     * A list filtered by one person, where someone not visible is listed like someone who does not
     * exist (an empty list, not a 404): the work gets the viewer's {@link Visibility}; the gate
     * records the list as an action on that person, or, when the viewer may not see them, a
     * refusal.
     */
    public <T> T listAbout(Viewer viewer, UUID participantId, Action action, Function<Listing, T> task) {
        Access access = Access.of(kind(action, Kind.LIST), viewer);
        Visibility visibility = visibility(viewer, access);
        Listing listing = new Listing(visibility, jdbc, null);
        boolean[] visible = {false};
        T result = work.execute(status -> {
            visible[0] = participantId != null && sees(visibility, participantId);
            T answer = task.apply(listing);
            if (visible[0]) {
                audit.record(AuditEvent.onParticipant(viewer.actorId(), action, access.purpose(), participantId)
                        .withDetail(join(viewerDetail(viewer), listing.detailOf(answer))));
            }
            return answer;
        });
        if (!visible[0]) {
            recordRefusals(viewer, Set.of(participantId), access);
        }
        return result;
    }

    private <T> T onePerson(
            Viewer viewer,
            UUID participantId,
            Access access,
            boolean checkFirst,
            Function<Admission, Outcome<T>> task) {
        return pass(viewer, Set.of(participantId), participantId, access, checkFirst, task);
    }

    private <T> T pass(
            Viewer viewer,
            Set<UUID> people,
            UUID subject,
            Access access,
            boolean checkFirst,
            Function<Admission, Outcome<T>> task) {
        Admission admission = new Admission(
                viewer,
                subject,
                people,
                checkFirst ? null : visibility(viewer, access),
                () -> visibility(viewer, Access.of(access.action(), viewer)));
        Set<UUID> refused = new LinkedHashSet<>();
        Outcome<T> result = work.execute(status -> {
            if (checkFirst) {
                refused.addAll(invisible(viewer, access, people));
                if (!refused.isEmpty()) {
                    return Outcome.<T>refusal();
                }
            }
            Outcome<T> answer = task.apply(admission);
            if (answer.denied()) {
                status.setRollbackOnly();
                refused.addAll(people);
                return answer;
            }
            admission.records(access).forEach(audit::record);
            return answer;
        });
        if (!refused.isEmpty()) {
            refuse(viewer, refused, access);
        }
        return result.value();
    }

    /** What gated work answered: a value (perhaps null), or that the person was not visible. */
    private record Outcome<T>(T value, boolean denied) {

        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, false);
        }

        static <T> Outcome<T> ofOptional(Optional<T> value) {
            return value.map(Outcome::of).orElseGet(Outcome::refusal);
        }

        static <T> Outcome<T> refusal() {
            return new Outcome<>(null, true);
        }
    }

    private Set<UUID> invisible(Viewer viewer, Access access, Set<UUID> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        if (people.size() == 1) {
            UUID only = people.iterator().next();
            return maySee(viewer, access, only) ? Set.of() : Set.of(only);
        }
        Visibility visible = visibility(viewer, access);
        Set<UUID> seen = new LinkedHashSet<>(
                jdbc.sql("select p.id from participant p where p.id in (:gate_ids) and " + visible.on("p"))
                        .paramSource(visible.params().addValue("gate_ids", people))
                        .query(UUID.class)
                        .list());
        Set<UUID> missing = new LinkedHashSet<>(people);
        missing.removeAll(seen);
        return missing;
    }

    private void refuse(Viewer viewer, Set<UUID> refused, Access access) {
        throw audit.refusal(WHAT, denials(viewer, refused, access));
    }

    private void recordRefusals(Viewer viewer, Set<UUID> refused, Access access) {
        audit.recordRefusals(denials(viewer, refused, access));
    }

    private static List<AuditEvent> denials(Viewer viewer, Set<UUID> refused, Access access) {
        return refused.stream()
                .map(id -> new AuditEvent(
                        viewer == null ? null : viewer.actorId(),
                        access.action().code(),
                        access.purpose(),
                        "participant",
                        String.valueOf(id),
                        null,
                        AuditEvent.Outcome.DENIED,
                        viewer == null ? null : viewerDetail(viewer)))
                .toList();
    }

    /** Refuses (a programming error, not a user's) an action of another kind than the entry it was given to. */
    private static Action kind(Action action, Kind expected) {
        if (action.kind() != expected) {
            throw new IllegalArgumentException(
                    "The action " + action.code() + " is a " + action.kind() + ", not a " + expected);
        }
        return action;
    }

    static String viewerDetail(Viewer viewer) {
        if (viewer instanceof Viewer.Person) {
            return "by the person";
        }
        if (viewer instanceof Viewer.SystemJob job) {
            return "job=" + job.purpose();
        }
        return null;
    }

    static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }
}
