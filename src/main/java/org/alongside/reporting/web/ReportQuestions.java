package org.alongside.reporting.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.reporting.OutcomeReport.Question;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;

/**
 * An outcome report's question as the page and the API send it: a program ({@code all} or none for
 * all the viewer's programs) and the first and last day (the last 12 months when left out); what
 * cannot be read is refused field by field.
 */
final class ReportQuestions {

    private ReportQuestions() {}

    static Question read(String program, String from, String to, LocalDate today) {
        Map<String, String> errors = new HashMap<>();
        UUID programId = program == null || program.isBlank() || program.equals("all")
                ? null
                : FormValues.uuid(program, "program", "Choose one of your programs", errors);
        LocalDate first = FormValues.date(from, "from", errors);
        LocalDate last = FormValues.date(to, "to", errors);
        Forms.refuseIfAny(errors);
        LocalDate end = last != null ? last : today;
        return new Question(programId, first != null ? first : end.minusYears(1).plusDays(1), end);
    }
}
