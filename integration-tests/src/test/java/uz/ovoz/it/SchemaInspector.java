package uz.ovoz.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads tables, columns and indexes through JDBC metadata, folding names to lower case: H2 reports
 * unquoted identifiers in upper case, PostgreSQL in lower case.
 */
public final class SchemaInspector {

    /** An index as the database has it: its columns in order and whether it is unique. */
    public record IndexShape(boolean unique, List<String> columns) {}

    private final DatabaseMetaData metaData;

    public SchemaInspector(Connection connection) throws SQLException {
        this.metaData = connection.getMetaData();
    }

    public Set<String> columns(String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        for (String name : spellings(table)) {
            try (ResultSet rs = metaData.getColumns(null, null, name, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    public List<IndexShape> indexes(String table) throws SQLException {
        Map<String, IndexShape> byName = new HashMap<>();
        for (String name : spellings(table)) {
            try (ResultSet rs = metaData.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index == null || column == null) {
                        continue;
                    }
                    boolean unique = !rs.getBoolean("NON_UNIQUE");
                    int position = rs.getInt("ORDINAL_POSITION");
                    IndexShape shape = byName.computeIfAbsent(index, key -> new IndexShape(unique, new ArrayList<>()));
                    List<String> columns = shape.columns();
                    while (columns.size() < position) {
                        columns.add(null);
                    }
                    columns.set(position - 1, column.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    public boolean hasIndex(String table, boolean unique, List<String> columns) throws SQLException {
        return indexes(table).stream()
                .anyMatch(index -> index.columns().equals(columns) && (!unique || index.unique()));
    }

    private static List<String> spellings(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        String upper = table.toUpperCase(Locale.ROOT);
        return lower.equals(upper) ? List.of(lower) : List.of(lower, upper);
    }
}
