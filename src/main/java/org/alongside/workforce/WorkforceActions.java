package org.alongside.workforce;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with the workforce's records: the program's operations. */
public enum WorkforceActions implements Action {
    PROFILE_READ(read("workforce.profile").forPurpose(Purpose.OPERATIONS)),
    PROFILE_UPDATE(change("workforce.profile-update").forPurpose(Purpose.OPERATIONS)),
    CREDENTIAL_ADD(change("workforce.credential-add").forPurpose(Purpose.OPERATIONS)),
    CREDENTIAL_REPLACE(change("workforce.credential-replace").forPurpose(Purpose.OPERATIONS)),
    TRAINING_ADD(change("workforce.training-add").forPurpose(Purpose.OPERATIONS)),
    TRAINING_WITHDRAW(change("workforce.training-withdraw").forPurpose(Purpose.OPERATIONS)),
    PROOF_UPLOAD(change("workforce.proof-upload").forPurpose(Purpose.OPERATIONS)),
    PROOF_READ(read("workforce.proof").forPurpose(Purpose.OPERATIONS)),
    RULE_SET_ADD(change("workforce.rule-set-add").forPurpose(Purpose.OPERATIONS)),
    DASHBOARD(list("workforce.dashboard").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    WorkforceActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
