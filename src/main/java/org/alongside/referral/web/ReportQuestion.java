package org.alongside.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.referral.ReferralReport;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.staff.ProgramManagement;
import org.springframework.stereotype.Component;

/**
 * What a referral report is asked for, read the same way by the page, the CSV and the API: a
 * program (when none is given, the viewer's program with the latest referral, else their first by
 * name) and a date range (the last 90 days).
 */
@Component
class ReportQuestion {

    private final Clock clock;

    static final int DEFAULT_DAYS = 90;

    private final ProgramManagement programs;
    private final ReferralReport reports;

    ReportQuestion(ProgramManagement programs, ReferralReport reports, Clock clock) {
        this.clock = clock;
        this.programs = programs;
        this.reports = reports;
    }

    /** The program and range asked for; values that cannot be read are named field by field. */
    record Asked(UUID program, LocalDate from, LocalDate to) {}

    Asked read(StaffMember user, String program, String from, String to) {
        Map<String, String> errors = new HashMap<>();
        UUID programId = FormValues.uuid(program, "program", "Choose one of your programs", errors);
        LocalDate first = FormValues.date(from, "from", errors);
        LocalDate last = FormValues.date(to, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> mine = programId != null ? Map.of() : programsOf(user);
        return new Asked(
                programId != null
                        ? programId
                        : reports.latestActive(mine.keySet())
                                .orElse(mine.keySet().stream().findFirst().orElse(null)),
                first != null ? first : (last != null ? last : today).minusDays(DEFAULT_DAYS - 1),
                last != null ? last : today);
    }

    /** The viewer's programs, by name. */
    Map<UUID, String> programsOf(StaffMember user) {
        Map<UUID, String> ordered = new LinkedHashMap<>();
        programs.names(programs.programsOf(user.id())).entrySet().stream()
                .sorted(Map.Entry.<UUID, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
