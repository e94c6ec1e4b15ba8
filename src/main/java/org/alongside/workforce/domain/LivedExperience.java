package org.alongside.workforce.domain;

/** The lived experience a peer worker chooses to record of themselves (any of them, or none). */
public enum LivedExperience {
    MENTAL_HEALTH,
    SUBSTANCE_USE,
    FAMILY,
    TRAUMA
}
