package org.alongside.contact;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with contact notes: writing and signing them, co-signing and returning them (supervision), the notes of a group session, the payer's export, the language guide, check-in calls. */
public enum ContactActions implements Action {
    DRAFT(change("contact.draft")),
    SIGN(change("contact.sign")),
    DISCARD(change("contact.discard")),
    ADDENDUM(change("contact.addendum")),
    LIST(read("contact.list")),
    VIEW(read("contact.view")),
    GROUP(change("contact.group")),
    COSIGN(change("contact.cosign").forPurpose(Purpose.SUPERVISION)),
    RETURN(change("contact.return").forPurpose(Purpose.SUPERVISION)),
    REVIEW_QUEUE(list("contact.review-queue").forPurpose(Purpose.SUPERVISION)),
    BILLING_EXPORT(list("billing.export").forPurpose(Purpose.PAYMENT)),
    LANGUAGE_TERM(change("language-guide.term").forPurpose(Purpose.OPERATIONS)),
    CHECK_IN_VIEW(read("check-in.view")),
    CHECK_IN_PLAN(change("check-in.plan")),
    CALL(change("check-in.call")),
    CALL_LIST(list("check-in.calls"));

    private final Definition definition;

    ContactActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
