/**
 * Consent the person controls: written consents with every element 42 CFR §2.31 asks for, versioned
 * and revocable in one action, from templates kept as data; the policy the record gate consults for
 * disclosures outside the program (communication inside the program needs none).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "participant", "staff", "audit"})
package org.alongside.consent;
