package org.alongside.supervision.domain;

/** The twelve core values of the N.A.P.S. National Practice Guidelines, as supervision tags. */
public enum PeerValue {
    VOLUNTARY,
    HOPEFUL,
    OPEN_MINDED,
    EMPATHETIC,
    RESPECTFUL,
    FACILITATES_CHANGE,
    HONEST_AND_DIRECT,
    MUTUAL_AND_RECIPROCAL,
    EQUALLY_SHARED_POWER,
    STRENGTHS_FOCUSED,
    TRANSPARENT,
    PERSON_DRIVEN
}
