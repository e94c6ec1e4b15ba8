/** Participant records, enrolment, caseloads and the access policy every other module asks. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "staff"})
package org.alongside.participant;
