/**
 * Reports that span modules, read-only: the program outcome report joins who was served, their
 * contacts, groups and referrals with their questionnaire scores and life events, counting only the
 * people the viewer may see.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "participant", "staff", "audit", "outcomes", "contact"})
package org.alongside.reporting;
