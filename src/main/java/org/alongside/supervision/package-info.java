/**
 * Supervision that follows the peer values: sessions tagged with the values and competencies they
 * touched, confidential to the people in them, with agreed actions that carry forward and each
 * supervisee's own reflection; recorded sessions count as supervision hours; competency
 * assessments; the worker's private wellbeing check-in; the team's workload and role drift.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "staff", "audit", "participant", "contact", "outcomes"})
package org.alongside.supervision;
