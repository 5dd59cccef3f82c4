package uz.ovoz.voting.admin.control;

import java.util.List;
import uz.ovoz.voting.event.boundary.ResultRow;

/** The results as the old system exported them: its eight columns, one row per candidate. */
public record ResultsTable(String title, List<ResultRow> rows) {

    /** The old system's column names, kept so that spreadsheets built on its exports keep working. */
    public static final List<String> COLUMNS =
            List.of("No", "Position", "Candidate", "Participants", "Yes", "No", "Neutral", "Result");

    public static List<String> cells(ResultRow row) {
        return List.of(String.valueOf(row.number()), nonNull(row.position()), row.candidate(),
                String.valueOf(row.participants()), String.valueOf(row.yes()), String.valueOf(row.no()),
                String.valueOf(row.neutral()), row.result());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
