/**
 * The embedded PostgreSQL that Alongside starts when no external database is configured: its
 * data directory, generated passwords, the application's unprivileged role, start, orphan recovery
 * and shutdown order; and, for any database, the check that the application's connection cannot
 * rewrite history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.alongside.database;
