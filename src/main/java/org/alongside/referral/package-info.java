/** Closed-loop referrals: a person referred to a directory service, followed up until they are connected or not. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "participant", "directory", "staff"})
package org.alongside.referral;
