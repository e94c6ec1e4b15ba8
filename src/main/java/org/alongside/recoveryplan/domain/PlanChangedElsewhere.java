package org.alongside.recoveryplan.domain;

import java.util.List;
import org.alongside.shared.StaleVersionException;

/**
 * A plan was saved by someone else since it was read: nothing was overwritten, and what the other
 * save changed comes with the refusal, as message keys for a page and English for the API.
 */
public class PlanChangedElsewhere extends StaleVersionException {

    private final List<PlanDiff.Change> planChanges;

    public PlanChangedElsewhere(String what, long currentVersion, List<PlanDiff.Change> changes) {
        super(
                what,
                currentVersion,
                changes.stream().map(PlanDiff.Change::english).toList());
        this.planChanges = List.copyOf(changes);
    }

    public List<PlanDiff.Change> planChanges() {
        return planChanges;
    }
}
