package org.alongside.supervision.domain;

/**
 * What supervising peer workers asks of a supervisor, for their own self-assessment: drawn from the
 * field's account of values-based peer supervision (role clarity, the values, guarding against
 * drift, purposeful self-disclosure, advocacy, the worker's own wellness).
 */
public enum SupervisorCompetency {
    EXPLAINS_THE_PEER_ROLE,
    SUPERVISES_BY_THE_VALUES,
    GUARDS_AGAINST_ROLE_DRIFT,
    SUPPORTS_PURPOSEFUL_SELF_DISCLOSURE,
    GIVES_STRENGTHS_BASED_FEEDBACK,
    ADVOCATES_FOR_PEER_WORKERS,
    SUPPORTS_WORKER_WELLNESS,
    DEVELOPS_PEER_CAREERS
}
