package org.alongside.staff;

import java.util.Optional;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.Language;
import org.alongside.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each staff member chose for the pages, kept on their account. */
@Service
public class LanguagePreferences {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LanguagePreferences(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The language the account chose, if it chose one. */
    @Transactional(readOnly = true)
    public Optional<Language> of(UUID staffId) {
        return jdbc.sql("select language from staff_member where id = :id")
                .param("id", staffId)
                .query(String.class)
                .optional()
                .flatMap(Language::ofCode);
    }

    @Transactional
    public void choose(Viewer.StaffMember actor, Language language) {
        jdbc.sql("update staff_member set language = :language where id = :id")
                .param("language", language.code())
                .param("id", actor.id())
                .update();
        audit.record(AuditEvent.of(actor.id(), StaffActions.LANGUAGE, "staff", actor.id())
                .withDetail("language=" + language.code()));
    }
}
