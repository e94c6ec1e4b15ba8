/** Peer contact notes: drafts saved as the worker types, signing, addenda, billing units. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "participant", "staff", "recoveryplan", "today"})
package org.alongside.contact;
