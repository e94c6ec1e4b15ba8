/** The community resource directory: organisations, services, locations and schedules in Open Referral's HSDS 3.0 model. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "staff", "today"})
package org.alongside.directory;
