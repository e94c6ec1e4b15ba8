/** The append-only, tamper-evident audit trail of every read and write of sensitive data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.alongside.audit;
