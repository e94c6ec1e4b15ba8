/** Closed-loop referrals: a person referred to a directory service, followed up until they are connected or not. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "participant", "directory", "staff", "today"})
package org.alongside.referral;
