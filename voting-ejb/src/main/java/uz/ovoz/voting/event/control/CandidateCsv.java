package uz.ovoz.voting.event.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.CandidateFields;
import uz.ovoz.voting.event.entity.Candidate;

/**
 * Reads candidates from an uploaded CSV: UTF-8 with or without BOM, a header row naming the columns
 * ({@code full_name} required; {@code which_position, degree, description, image, election_time,
 * external_id} optional; others ignored), comma or semicolon separated (spreadsheets in Uzbek and
 * Russian locales write semicolons), RFC 4180 quoting by Apache Commons CSV. Bad rows are reported
 * by line, good ones kept.
 */
public final class CandidateCsv {

    /** What a file yielded. */
    public record Parsed(List<CandidateRow> rows, List<ImportProblem> problems) {}

    private CandidateCsv() {}

    public static Parsed parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = records(content, separator(content));
        if (records.isEmpty()) {
            throw Rejected.invalid("The file is empty: it needs a header row with full_name");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("full_name")) {
            throw Rejected.invalid("The header row has no full_name column (found: " + String.join(", ", header) + ")");
        }
        List<CandidateRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                rows.add(row(record.fields(), columns));
            } catch (Rejected rejected) {
                problems.add(new ImportProblem(record.line(), null, rejected.getMessage()));
            }
        }
        return new Parsed(rows, problems);
    }

    /** The header decides: more semicolons than commas in it means a semicolon-separated file. */
    static char separator(String content) {
        String headerLine = content.lines().findFirst().orElse("");
        return headerLine.chars().filter(c -> c == ';').count()
                        > headerLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }

    private static CandidateRow row(List<String> fields, Map<String, Integer> columns) {
        String name = value(fields, columns, "full_name", Candidate.NAME_LENGTH);
        if (name == null) {
            throw Rejected.invalid("full_name is empty");
        }
        CandidateFields candidate = new CandidateFields(
                name,
                value(fields, columns, "image", Candidate.IMAGE_LENGTH),
                value(fields, columns, "which_position", Candidate.POSITION_LENGTH),
                value(fields, columns, "degree", Candidate.DEGREE_LENGTH),
                value(fields, columns, "description", Candidate.DESCRIPTION_LENGTH),
                value(fields, columns, "election_time", Candidate.ELECTION_TIME_LENGTH));
        return new CandidateRow(candidate, value(fields, columns, "external_id", Candidate.EXTERNAL_ID_LENGTH));
    }

    private static String value(List<String> fields, Map<String, Integer> columns, String column, int maxLength) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size() || fields.get(index).isBlank()) {
            return null;
        }
        String value = fields.get(index).strip();
        if (value.length() > maxLength) {
            throw Rejected.invalid(column + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A logical CSV record and the line it starts on (quoted fields may span lines). */
    record Record(int line, List<String> fields) {}

    static List<Record> records(String content, char separator) {
        // Empty lines stay records (skipped above) so that the parser's line count stays the file's
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .get();
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(content))
                .setFormat(format)
                .get()) {
            int line = 1;
            for (CSVRecord record : parser) {
                records.add(new Record(line, record.toList()));
                line = (int) parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            throw Rejected.invalid("The file is not valid CSV: " + e.getMessage());
        }
        return records;
    }
}
