package org.alongside.notifications;

/** When a kind of reminder reaches the person: never, in the daily digest, or as soon as it happens. */
public enum Timing {
    OFF,
    DIGEST,
    IMMEDIATE
}
