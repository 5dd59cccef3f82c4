package uz.ovoz.voting.admin.web.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Results as CSV (RFC 4180, comma, CRLF, written by Apache Commons CSV) with a byte-order mark, so
 * that a spreadsheet opens the Uzbek and Russian names as UTF-8. Cells that a spreadsheet would run
 * as a formula are defused.
 */
public final class ResultsCsv {

    private ResultsCsv() {}

    public static String write(ResultsTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(defused(ResultsTable.COLUMNS));
            for (var row : table.rows()) {
                printer.printRecord(defused(ResultsTable.cells(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** One cell as it appears in the file: defused, then quoted if RFC 4180 needs it. */
    static String cell(String value) {
        StringBuilder out = new StringBuilder();
        try {
            CSVFormat.RFC4180.print(defuse(value), out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> defused(List<String> cells) {
        return cells.stream().map(ResultsCsv::defuse).toList();
    }

    static String defuse(String value) {
        // OWASP's list: a leading tab or carriage return also makes some spreadsheets read a formula
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value
                : value;
    }
}
