/** Staff accounts, roles, sign-in, API tokens, programs, program membership and supervision assignments. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.alongside.staff;
