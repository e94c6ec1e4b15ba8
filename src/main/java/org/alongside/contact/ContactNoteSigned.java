package org.alongside.contact;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact note became signed and final (by its author, or by the co-sign it waited for): what
 * outcome, referral and export modules react to. Ids and numbers only.
 */
public record ContactNoteSigned(
        UUID noteId, UUID participantId, UUID authorId, LocalDate contactDate, String billingCode, int units) {}
