package org.alongside.referral;

/** Whether being connected helped, in the person's view, asked once the referral is connected. */
public enum Helped {
    YES,
    SOMEWHAT,
    NO
}
