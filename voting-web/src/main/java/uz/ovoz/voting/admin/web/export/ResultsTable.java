package uz.ovoz.voting.admin.web.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uz.ovoz.voting.ballot.rest.ResultRow;

/**
 * An event's results as exported: its name, the day it was voted on, how many devices took part,
 * and one row per candidate in running order.
 */
public record ResultsTable(String eventName, LocalDate date, long voters, List<ResultRow> rows) {

    /** The CSV's column names, unchanged since the first export so that spreadsheets built on it keep working. */
    public static final List<String> COLUMNS =
            List.of("No", "Position", "Candidate", "Participants", "Yes", "No", "Neutral", "Result");

    public ResultsTable {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(date, "date");
        rows = List.copyOf(rows);
    }

    public static List<String> cells(ResultRow row) {
        return List.of(
                String.valueOf(row.number()),
                nonNull(row.position()),
                row.candidate(),
                String.valueOf(row.participants()),
                String.valueOf(row.yes()),
                String.valueOf(row.no()),
                String.valueOf(row.neutral()),
                row.result());
    }

    /**
     * The cells of the official document: each of the three counts with its share of the candidate's
     * votes on a second line, e.g. {@code 42\n(84.0%)}, and the result in words.
     */
    public static List<String> documentCells(ResultRow row, ResultsLanguage language) {
        return List.of(
                String.valueOf(row.number()),
                nonNull(row.position()),
                row.candidate(),
                String.valueOf(row.participants()),
                share(row.yes(), row.yesPercent()),
                share(row.no(), row.noPercent()),
                share(row.neutral(), row.neutralPercent()),
                language.result(row.passed()));
    }

    static String share(long count, double percent) {
        // Locale.ROOT: a decimal point in every language, as the old document had
        return count + "\n" + String.format(Locale.ROOT, "(%.1f%%)", percent);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
