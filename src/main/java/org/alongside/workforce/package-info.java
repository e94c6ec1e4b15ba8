/**
 * The peer workforce: staff profiles, credentials with their renewal rules as data, trainings and
 * continuing-education hours, and the dashboard of what expires and what is still needed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "staff", "audit", "supervision"})
package org.alongside.workforce;
