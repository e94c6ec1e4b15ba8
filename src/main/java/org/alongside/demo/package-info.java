/** The demo organisation seeded on an empty database in demo mode, and its sign-ins. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "staff", "participant", "contact", "groups", "recoveryplan"})
package org.alongside.demo;
