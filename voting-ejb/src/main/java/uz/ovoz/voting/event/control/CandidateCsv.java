package uz.ovoz.voting.event.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.CandidateFields;
import uz.ovoz.voting.event.entity.Candidate;

/**
 * Reads candidates from an uploaded CSV: UTF-8 with or without BOM, a header row naming the columns
 * ({@code full_name} required; {@code which_position, degree, description, image, election_time,
 * external_id} optional; others ignored), comma or semicolon separated (spreadsheets in Uzbek and
 * Russian locales write semicolons), RFC 4180 quoting. Bad rows are reported by line, good ones kept.
 */
public final class CandidateCsv {

    /** What a file yielded. */
    public record Parsed(List<CandidateRow> rows, List<ImportProblem> problems) {
    }

    private CandidateCsv() {
    }

    public static Parsed parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String headerLine = content.lines().findFirst().orElse("");
        char separator = headerLine.chars().filter(c -> c == ';').count() > headerLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<Record> records = records(content, separator);
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

    private static CandidateRow row(List<String> fields, Map<String, Integer> columns) {
        String name = value(fields, columns, "full_name", Candidate.NAME_LENGTH);
        if (name == null) {
            throw Rejected.invalid("full_name is empty");
        }
        CandidateFields candidate = new CandidateFields(name,
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
    record Record(int line, List<String> fields) {
    }

    static List<Record> records(String content, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
