package uz.ovoz.voting.admin.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Results as CSV (RFC 4180, comma, CRLF) with a byte-order mark, so that a spreadsheet opens the
 * Uzbek and Russian names as UTF-8. Cells that a spreadsheet would run as a formula are defused.
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static String write(ResultsTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, ResultsTable.COLUMNS);
        table.rows().forEach(row -> line(csv, ResultsTable.cells(row)));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ResultsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        // OWASP's list: a leading tab or carriage return also makes some spreadsheets read a formula
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
