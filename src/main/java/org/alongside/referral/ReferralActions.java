package org.alongside.referral;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with referrals: making and following them up, the slip the person carries, the program's report and settings. */
public enum ReferralActions implements Action {
    FORM(read("referral.form")),
    SEARCH_FOR(read("referral.search-for")),
    CREATE(change("referral.create")),
    LIST(read("referral.list")),
    VIEW(read("referral.view")),
    SLIP(read("referral.slip")),
    SLIP_TEXT(read("referral.slip-text")),
    STATUS(change("referral.status")),
    FOLLOW_UP(change("referral.follow-up")),
    APPOINTMENT(change("referral.appointment")),
    HELPED(change("referral.helped")),
    REPORT(list("referral.report").forPurpose(Purpose.EVALUATION)),
    SETTINGS(change("referral.settings").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    ReferralActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
