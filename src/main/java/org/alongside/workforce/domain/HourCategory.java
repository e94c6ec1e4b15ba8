package org.alongside.workforce.domain;

/**
 * The kinds of continuing-education hours that renewal rules ask a minimum of; a training's hours
 * may be split between them, and hours in none of them count toward the total only.
 */
public enum HourCategory {
    ETHICS,
    PEER_SPECIFIC,
    ELECTIVE,
    CULTURAL_HUMILITY,
    TRAUMA_INFORMED,
    SUPERVISION
}
