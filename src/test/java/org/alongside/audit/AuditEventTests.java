package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.alongside.shared.TestAction;
import org.junit.jupiter.api.Test;

/** Rows about a person come from the record gate only: the general-purpose factory refuses to name one. */
class AuditEventTests {

    @Test
    void theGeneralFactoryRefusesToNameAPerson() {
        UUID actor = UUID.randomUUID();
        assertThatThrownBy(
                        () -> AuditEvent.of(actor, TestAction.reading("note.peek"), "participant", UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record gate");
        assertThat(AuditEvent.of(actor, TestAction.listing("participant.search"), "participant", null)
                        .participantId())
                .as("a search names no one")
                .isNull();
        assertThat(AuditEvent.of(actor, TestAction.listing("group.view"), "group", UUID.randomUUID())
                        .subjectType())
                .isEqualTo("group");
    }
}
