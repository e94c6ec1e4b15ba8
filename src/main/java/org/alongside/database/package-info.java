/**
 * The embedded PostgreSQL that Alongside starts when no external database is configured: its
 * data directory, generated password, start, orphan recovery and shutdown order.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.alongside.database;
