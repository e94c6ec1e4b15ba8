package org.alongside.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.alongside.reporting.ProgramOutcomes;
import org.alongside.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome report as one long table (section, item, figure, value), headers and words in the
 * language it was asked in, small cells hidden ({@link ReportCells}) and every cell neutralised so
 * a spreadsheet never reads one as a formula.
 */
@Component
class ReportCsv {

    /** A plain number (a negative change among them) is written as it is: a spreadsheet reads it as a number, not a formula. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private final MessageSource messages;

    ReportCsv(MessageSource messages) {
        this.messages = messages;
    }

    String of(ProgramOutcomes report, Locale locale) {
        ReportCells cells = new ReportCells(true);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                word("outcomeReport.csv.section", locale),
                                word("outcomeReport.csv.item", locale),
                                word("outcomeReport.csv.figure", locale),
                                word("outcomeReport.csv.value", locale))
                        .get())) {
            Rows rows = new Rows(csv, locale);
            rows.add(
                    "outcomeReport.people",
                    String.join("; ", report.programNames()),
                    "outcomeReport.range",
                    report.from() + " – " + report.to());
            rows.add(
                    "outcomeReport.people",
                    "",
                    "outcomeReport.served",
                    cells.count(report.people().served()));
            rows.add(
                    "outcomeReport.people",
                    "",
                    "outcomeReport.started",
                    cells.count(report.people().started()));
            rows.add(
                    "outcomeReport.people",
                    "",
                    "outcomeReport.ended",
                    cells.count(report.people().ended()));
            for (ProgramOutcomes.Service s : report.byMode()) {
                service(rows, cells, "outcomeReport.byMode", word("contactMode." + s.key(), locale), s);
            }
            service(
                    rows,
                    cells,
                    "outcomeReport.byMode",
                    word("outcomeReport.allContacts", locale),
                    report.allContacts());
            for (ProgramOutcomes.Service s : report.byActivity()) {
                service(rows, cells, "outcomeReport.byActivity", word("activity." + s.key(), locale), s);
            }
            rows.add(
                    "outcomeReport.groups",
                    "",
                    "outcomeReport.sessions",
                    cells.count(report.groups().sessions()));
            rows.add(
                    "outcomeReport.groups",
                    "",
                    "outcomeReport.attendances",
                    cells.count(report.groups().attendances()));
            rows.add(
                    "outcomeReport.groups",
                    "",
                    "outcomeReport.peopleCame",
                    cells.count(report.groups().people()));
            rows.add(
                    "outcomeReport.referrals",
                    "",
                    "outcomeReport.made",
                    cells.count(report.referrals().made()));
            rows.add(
                    "outcomeReport.referrals",
                    "",
                    "outcomeReport.connected",
                    cells.count(report.referrals().connected()));
            for (ProgramOutcomes.Change c : report.changes()) {
                String item = c.title();
                rows.add("outcomeReport.changes", item, "outcomeReport.n", cells.count(c.n()));
                rows.add(
                        "outcomeReport.changes",
                        item,
                        "outcomeReport.meanBaseline",
                        cells.figure(c.meanBaseline(), c.n(), 1));
                rows.add(
                        "outcomeReport.changes",
                        item,
                        "outcomeReport.meanLatest",
                        cells.figure(c.meanLatest(), c.n(), 1));
                rows.add(
                        "outcomeReport.changes",
                        item,
                        "outcomeReport.meanChange",
                        cells.figure(c.meanChange(), c.n(), 2));
                rows.add("outcomeReport.changes", item, "outcomeReport.ciLow", cells.figure(c.low(), c.n(), 2));
                rows.add("outcomeReport.changes", item, "outcomeReport.ciHigh", cells.figure(c.high(), c.n(), 2));
                if (c.judged()) {
                    rows.add(
                            "outcomeReport.changes",
                            item,
                            "outcomeReport.improved",
                            cells.percent(c.improved(), c.n()));
                    rows.add(
                            "outcomeReport.changes",
                            item,
                            "outcomeReport.unchanged",
                            cells.percent(c.unchanged(), c.n()));
                    rows.add(
                            "outcomeReport.changes",
                            item,
                            "outcomeReport.deteriorated",
                            cells.percent(c.deteriorated(), c.n()));
                }
            }
            ProgramOutcomes.ServiceUse use = report.use();
            rows.add("outcomeReport.useTitle", "", "outcomeReport.n", cells.count(use.n()));
            for (ProgramOutcomes.Use u : use.measures()) {
                String item = word("outcomeReport.use." + u.measure(), locale);
                rows.add(
                        "outcomeReport.useTitle",
                        item,
                        "outcomeReport.perYearBefore",
                        cells.figure(u.perYearBefore(), use.n(), 2));
                rows.add(
                        "outcomeReport.useTitle",
                        item,
                        "outcomeReport.perYearDuring",
                        cells.figure(u.perYearDuring(), use.n(), 2));
            }
            for (ProgramOutcomes.Circumstance c : report.circumstances()) {
                String item = word("outcomeReport.circumstance." + c.what(), locale);
                rows.add("outcomeReport.circumstances", item, "outcomeReport.n", cells.count(c.n()));
                rows.add(
                        "outcomeReport.circumstances",
                        item,
                        "outcomeReport.atBaseline",
                        cells.percent(c.atBaseline(), c.n()));
                rows.add(
                        "outcomeReport.circumstances",
                        item,
                        "outcomeReport.atLatest",
                        cells.percent(c.latest(), c.n()));
            }
            for (ProgramOutcomes.FollowUp f : report.followUps()) {
                rows.add("outcomeReport.followUps", f.name(), "outcomeReport.due", cells.count(f.due()));
                rows.add("outcomeReport.followUps", f.name(), "outcomeReport.done", cells.percent(f.done(), f.due()));
            }
            if (report.cost().configured()) {
                for (ProgramOutcomes.CostLine line : report.cost().lines()) {
                    rows.add(
                            "outcomeReport.cost",
                            word("outcomeReport.use." + line.measure(), locale),
                            "outcomeReport.amount",
                            cells.hides(use.n())
                                    ? "—"
                                    : line.amount() + " " + report.cost().currency());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void service(Rows rows, ReportCells cells, String section, String item, ProgramOutcomes.Service s)
            throws IOException {
        rows.add(section, item, "outcomeReport.contacts", cells.count(s.contacts()));
        rows.add(section, item, "outcomeReport.hours", cells.hours(s.minutes()));
        rows.add(section, item, "outcomeReport.peopleSeen", cells.count(s.people()));
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Rows whose section and figure are message keys, written in the report's language. */
    private final class Rows {
        private final CSVPrinter csv;
        private final Locale locale;

        Rows(CSVPrinter csv, Locale locale) {
            this.csv = csv;
            this.locale = locale;
        }

        void add(String section, String item, String figure, String value) throws IOException {
            csv.printRecord(
                    CsvCells.neutralise(word(section, locale)),
                    CsvCells.neutralise(item),
                    CsvCells.neutralise(word(figure, locale)),
                    NUMBER.matcher(value).matches() ? value : CsvCells.neutralise(value));
        }
    }
}
