package org.alongside.contact;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.alongside.participant.Disclosure;
import org.alongside.participant.RecordGate;
import org.alongside.participant.Visibility;
import org.alongside.shared.CsvCells;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Purpose;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Billable contacts of a program for a date range, as CSV: one row per signed note with units.
 * One statement with the access rule inside; only people the user may see are listed.
 */
@Service
public class BillingExport {

    private static final String[] HEADER = {
        "participant_id",
        "date",
        "minutes",
        "payer",
        "procedure_code",
        "modifier",
        "place_of_service",
        "units",
        "author",
        "credential"
    };

    private final JdbcClient jdbc;
    private final ProgramManagement programs;
    private final RecordGate gate;

    BillingExport(JdbcClient jdbc, ProgramManagement programs, RecordGate gate) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.gate = gate;
    }

    public String csv(Viewer viewer, UUID programId, LocalDate from, LocalDate to) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", "Enter the first day");
        }
        if (to == null) {
            errors.put("to", "Enter the last day");
        }
        if (from != null
                && to != null
                && (to.isBefore(from) || from.plusYears(1).isBefore(to))) {
            errors.put("to", "The last day is on or after the first, within a year");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (programId == null || !programs.isMember(programId, viewer.staff().id())) {
            throw new NotFoundException("This program");
        }
        return gate.discloseList(
                viewer,
                ContactActions.BILLING_EXPORT,
                "program",
                programId,
                Purpose.PAYMENT,
                Set.of(Disclosure.Part.NOTES),
                listing -> {
                    int[] rows = {0};
                    Map<UUID, Set<String>> payers = new LinkedHashMap<>();
                    String csv = write(listing.visibility(), programId, from, to, rows, payers);
                    payers.forEach((person, names) -> listing.disclosedTo(
                            person,
                            new Disclosure.Recipient(
                                    Disclosure.Recipient.Kind.PAYER, String.join(", ", new TreeSet<>(names)))));
                    listing.detail("from=" + from + " to=" + to + " rows=" + rows[0]);
                    return csv;
                });
    }

    /** The file's rows; {@code payers} gathers, per person in it, the payers their rows go to. */
    private String write(
            Visibility visible,
            UUID programId,
            LocalDate from,
            LocalDate to,
            int[] rows,
            Map<UUID, Set<String>> payers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            jdbc.sql("""
                    select n.participant_id, n.contact_date, n.minutes, r.payer, r.procedure_code, r.modifier, pos.code,
                           n.units, n.signed_name, n.signed_credential
                    from contact_note n join participant p on p.id = n.participant_id
                    join payer_rule r on r.code = n.billing_code
                    left join place_of_service pos on pos.mode = n.mode
                    where n.status = 'SIGNED' and n.units > 0 and n.contact_date between :from and :to
                      and exists (select 1 from enrolment e where e.participant = p.id and e.program_id = :program)
                      and """ + visible.on("p") + """
                    order by n.contact_date, n.signed_at
                    """)
                    .paramSource(visible.params()
                            .addValue("from", from)
                            .addValue("to", to)
                            .addValue("program", programId))
                    .query(rs -> {
                        try {
                            csv.printRecord(
                                    CsvCells.neutralise(rs.getObject(1)),
                                    CsvCells.neutralise(rs.getObject(2)),
                                    rs.getInt(3),
                                    CsvCells.neutralise(rs.getString(4)),
                                    CsvCells.neutralise(rs.getString(5)),
                                    CsvCells.neutralise(rs.getString(6)),
                                    CsvCells.neutralise(rs.getString(7)),
                                    rs.getInt(8),
                                    CsvCells.neutralise(rs.getString(9)),
                                    CsvCells.neutralise(rs.getString(10)));
                            rows[0]++;
                            payers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>())
                                    .add(rs.getString(4));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
