/** Recovery groups: the group, its facilitators and roster, sessions with attendance, and group contacts on signing. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "participant", "staff", "contact", "today"})
package org.alongside.groups;
