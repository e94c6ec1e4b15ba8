/** Person-driven recovery planning: the recovery plan with goals, steps and progress, in the person's own words. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "participant", "staff", "today"})
package org.alongside.recoveryplan;
