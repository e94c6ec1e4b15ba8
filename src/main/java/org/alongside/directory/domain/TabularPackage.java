package org.alongside.directory.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * HSDS's tabular form: a zip of {@code datapackage.json} and one CSV per table under its official
 * file name ({@code services.csv}, {@code service_at_location.csv}, …). Reading accepts a byte-order
 * mark and CRLF line ends, ignores (and reports) files and columns HSDS 3.0 does not define, and
 * refuses row by row what it cannot read; a file that cannot be read as a whole is a
 * {@link WholeFileProblem}. Writing puts every table, with the bundled descriptor.
 */
public final class TabularPackage {

    /** The file as a whole is invalid: nothing from it may be saved. */
    public static final class WholeFileProblem extends Exception {
        private final List<ImportProblem> problems;

        public WholeFileProblem(List<ImportProblem> problems) {
            super(problems.get(0).reason());
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    /** What was read: the rows, and what was ignored (files and columns HSDS 3.0 does not have). */
    public record Read(HsdsRows rows, List<String> ignored) {}

    private static final CSVFormat READ = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .get();

    private TabularPackage() {}

    /**
     * Reads a zipped data package; {@code progress} hears the number of rows read so far. At most
     * {@code maxBytes} of uncompressed data are read, so a small zip cannot unpack into a huge one.
     */
    public static Read read(InputStream zip, long maxBytes, Consumer<Integer> progress) throws WholeFileProblem {
        List<String> ignored = new ArrayList<>();
        Map<Table, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                var table = HsdsTables.standard().byFile(name);
                if (table.isEmpty()) {
                    if (!name.equals("datapackage.json")) {
                        ignored.add(name + ": not an HSDS 3.0 file");
                    }
                    continue;
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes) {
                    throw new WholeFileProblem(List.of(ImportProblem.wholeFile(
                            name, "The files in this package hold more than " + maxBytes / 1_000_000 + " MB")));
                }
                files.put(table.get(), content);
            }
        } catch (ZipException e) {
            throw new WholeFileProblem(List.of(ImportProblem.wholeFile("", "Not a zip file that can be read")));
        } catch (IOException e) {
            throw new WholeFileProblem(List.of(ImportProblem.wholeFile("", "The file could not be read to the end")));
        }
        return read(files, ignored, progress);
    }

    /** Reads the CSV files of a package already unpacked, by their HSDS file names. */
    public static Read read(Map<String, byte[]> files, Consumer<Integer> progress) throws WholeFileProblem {
        Map<Table, byte[]> tables = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        files.forEach((name, content) -> HsdsTables.standard()
                .byFile(name)
                .ifPresentOrElse(
                        table -> tables.put(table, content), () -> ignored.add(name + ": not an HSDS 3.0 file")));
        return read(tables, ignored, progress);
    }

    private static Read read(Map<Table, byte[]> files, List<String> ignored, Consumer<Integer> progress)
            throws WholeFileProblem {
        if (files.isEmpty()) {
            throw new WholeFileProblem(List.of(ImportProblem.wholeFile(
                    "", "No HSDS table in this package: expected files such as services.csv and organizations.csv")));
        }
        HsdsRows rows = new HsdsRows();
        List<ImportProblem> whole = new ArrayList<>();
        int[] read = {0};
        for (Table table : HsdsTables.standard().all()) {
            byte[] content = files.get(table);
            if (content != null) {
                readTable(table, content, rows, ignored, whole, read, progress);
            }
        }
        if (!whole.isEmpty()) {
            throw new WholeFileProblem(whole);
        }
        return new Read(rows, ignored);
    }

    private static void readTable(
            Table table,
            byte[] content,
            HsdsRows rows,
            List<String> ignored,
            List<ImportProblem> whole,
            int[] read,
            Consumer<Integer> progress) {
        int start = startsWithByteOrderMark(content) ? 3 : 0;
        try (Reader reader = new InputStreamReader(
                        new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = table.fields().stream()
                    .filter(f -> f.required() || f.name().equals("id"))
                    .map(Field::name)
                    .filter(name -> !header.containsKey(name))
                    .toList();
            if (!missing.isEmpty()) {
                whole.add(ImportProblem.wholeFile(
                        table.file(),
                        "Missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
                return;
            }
            header.keySet().stream()
                    .filter(name -> table.field(name).isEmpty())
                    .forEach(name -> ignored.add(table.file() + ": column " + name + " is not in HSDS 3.0"));
            for (CSVRecord record : parser) {
                Source source = new Source(table.file(), (int) record.getRecordNumber() + 1);
                if (record.size() != header.size()) {
                    rows.refuse(HsdsRows.problem(
                            source, null, "Has " + record.size() + " cells; the header has " + header.size()));
                    continue;
                }
                readRow(table, record, header, source, rows);
                if (++read[0] % 1000 == 0) {
                    progress.accept(read[0]);
                }
            }
            progress.accept(read[0]);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            whole.add(ImportProblem.wholeFile(table.file(), "Not a CSV file that can be read"));
        }
    }

    private static boolean startsWithByteOrderMark(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF
                && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
    }

    private static void readRow(
            Table table, CSVRecord record, Map<String, Integer> header, Source source, HsdsRows rows) {
        Map<String, Object> values = new HashMap<>();
        List<ImportProblem> bad = new ArrayList<>();
        for (Field field : table.fields()) {
            Integer column = header.get(field.name());
            if (column == null) {
                continue;
            }
            try {
                values.put(field.name(), HsdsValues.read(field, record.get(column)));
            } catch (HsdsValues.BadValue e) {
                bad.add(HsdsRows.problem(source, field.name(), e.getMessage()));
            }
        }
        if (bad.isEmpty()) {
            rows.add(table, values, source);
        } else {
            rows.refuse(table, values.get("id"), source, bad);
        }
    }

    /** Writes every table of {@code rows}, with the bundled descriptor, as a zip. */
    public static void write(Map<Table, List<Map<String, Object>>> tables, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            try (InputStream descriptor = TabularPackage.class.getResourceAsStream("/hsds/3.0/datapackage.json")) {
                descriptor.transferTo(zip);
            }
            zip.closeEntry();
            for (var entry : tables.entrySet()) {
                Table table = entry.getKey();
                zip.putNextEntry(new ZipEntry(table.file()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(table.fields().stream().map(Field::name).toList());
                for (Map<String, Object> row : entry.getValue()) {
                    List<String> cells = new ArrayList<>(table.fields().size());
                    for (Field field : table.fields()) {
                        String text = HsdsValues.write(row.get(field.name()));
                        cells.add(HsdsValues.formulaLike(text) ? CsvCells.neutralise(text) : text);
                    }
                    printer.printRecord(cells);
                }
                printer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
