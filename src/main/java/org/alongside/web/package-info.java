/**
 * The plumbing every request passes through before a module sees it: the security chains and
 * bearer tokens, the session store, the request filters (body limits, text checks, idempotency,
 * proxy headers, error pages), language resolution, the offline page and the API documentation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "staff", "audit"})
package org.alongside.web;
