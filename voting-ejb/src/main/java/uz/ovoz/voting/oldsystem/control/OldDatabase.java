package uz.ovoz.voting.oldsystem.control;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The old system's tables, read with plain JDBC from its SQLite file ({@code jdbc:sqlite:/path/voting.db})
 * or its PostgreSQL database: both hold the same tables (see docs/compatibility.md). Read only.
 */
public final class OldDatabase {

    private OldDatabase() {}

    /** Every row the import needs, in the old ids' order (the order they were written in). */
    public static OldRows read(String url, String user, String password) throws SQLException {
        try (Connection connection = connect(url, user, password);
                Statement sql = connection.createStatement()) {
            List<OldRows.Candidate> candidates = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT id, full_name, image, degree, which_position, position,"
                    + " description, election_time, from_api, external_id FROM candidates ORDER BY id")) {
                while (rs.next()) {
                    candidates.add(new OldRows.Candidate(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5) != null ? rs.getString(5) : rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getBoolean(9),
                            nullableLong(rs, 10)));
                }
            }
            List<OldRows.Event> events = new ArrayList<>();
            try (ResultSet rs =
                    sql.executeQuery("SELECT id, name, link, duration_sec, status FROM events ORDER BY id")) {
                while (rs.next()) {
                    events.add(new OldRows.Event(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                }
            }
            List<OldRows.Place> places = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT id, event_id, candidate_id, \"order\", candidate_group"
                    + " FROM event_candidates ORDER BY event_id, \"order\", id")) {
                while (rs.next()) {
                    places.add(new OldRows.Place(
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5)));
                }
            }
            List<OldRows.Vote> votes = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT id, event_id, event_candidate_id, candidate_id, ip_address,"
                    + " device_id, nonce, vote_type, timestamp FROM votes ORDER BY id")) {
                while (rs.next()) {
                    votes.add(new OldRows.Vote(
                            rs.getLong(1),
                            rs.getLong(2),
                            nullableLong(rs, 3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            utc(rs.getString(9))));
                }
            }
            return new OldRows(candidates, events, places, votes);
        }
    }

    /**
     * The driver that takes the URL, found among those this application ships (H2, PostgreSQL, SQLite):
     * {@code DriverManager} looks only at drivers the server's own class loader sees.
     */
    private static Connection connect(String url, String user, String password) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, OldDatabase.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Properties credentials = new Properties();
                if (user != null && !user.isEmpty()) {
                    credentials.setProperty("user", user);
                    credentials.setProperty("password", password == null ? "" : password);
                }
                return driver.connect(url, credentials);
            }
        }
        throw new SQLException(
                "No driver for " + url + ": use jdbc:sqlite:/path/voting.db or jdbc:postgresql://host/db");
    }

    /** SQLite's driver refuses {@code getObject(i, Long.class)} on NULL. */
    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The old system wrote naive UTC timestamps ("2024-05-01 10:00:00.123456"). */
    static OffsetDateTime utc(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
