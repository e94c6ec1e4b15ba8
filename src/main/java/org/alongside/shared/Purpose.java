package org.alongside.shared;

/**
 * Why a record is touched: every audit row and every access policy sees it. Reading inside the
 * program for the person's care needs no consent; a disclosure for payment or to another service
 * is what a consent decides.
 */
public enum Purpose {
    CARE,
    SUPERVISION,
    OPERATIONS,
    PAYMENT,
    EVALUATION,
    OWN_RECORD
}
