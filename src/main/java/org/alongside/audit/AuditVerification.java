package org.alongside.audit;

/**
 * The result of walking the hash chain: {@code firstBrokenId} names the first audit record whose
 * content, order or presence no longer matches its seal.
 */
public record AuditVerification(boolean valid, long checked, Long firstBrokenId, long awaitingSeal) {}
