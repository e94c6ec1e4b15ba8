/**
 * Outcome measurement: questionnaires as data packs (PHQ-9, GAD-7, AUDIT-C shipped; others added by
 * administrators), responses scored with their pack's version, bands, sub-scales, change from the
 * person's baseline and reliable change per person, and the safety response a pack's safety item asks for.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "participant", "staff", "audit", "today"})
package org.alongside.outcomes;
