/** The demo organisation seeded on an empty database in demo mode (with its resource directory), and its sign-ins. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "staff",
            "participant",
            "contact",
            "groups",
            "recoveryplan",
            "directory",
            "referral"
        })
package org.alongside.demo;
