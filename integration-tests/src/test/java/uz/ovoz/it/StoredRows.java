package uz.ovoz.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds, read with plain JDBC behind the server's back: the votes of the devices
 * and the chat messages whose ids start with a run's prefix. An embedded H2 file can be read only
 * while no server has it open.
 */
final class StoredRows {

    private final String url;
    private final String user;
    private final String password;

    StoredRows(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The test's own database (-Dit.db.url). */
    static StoredRows ofTestDatabase() {
        return new StoredRows(
                System.getProperty("ovoz.it.db.url"),
                System.getProperty("ovoz.it.db.user", ""),
                System.getProperty("ovoz.it.db.password", ""));
    }

    /** How many rows each (device, candidate) of the run has in {@code votes}. */
    Map<Storm.Ballot, Integer> votes(String run) throws SQLException {
        Map<Storm.Ballot, Integer> rows = new HashMap<>();
        query(
                "SELECT device_id, candidate_id, COUNT(*) FROM votes WHERE device_id LIKE ? GROUP BY device_id, candidate_id",
                rs -> rows.put(new Storm.Ballot(rs.getString(1), rs.getLong(2)), rs.getInt(3)),
                run + "-%");
        return rows;
    }

    /** The ids stored for each (sender, clientMsgId) of the run in {@code chat_messages}: one each if all is well. */
    Map<Storm.Sent, List<Long>> messages(String run) throws SQLException {
        Map<Storm.Sent, List<Long>> rows = new HashMap<>();
        query(
                "SELECT u.username, m.client_msg_id, m.id FROM chat_messages m JOIN chat_users u ON u.id = m.sender_id"
                        + " WHERE m.client_msg_id LIKE ?",
                rs -> rows.computeIfAbsent(new Storm.Sent(rs.getString(1), rs.getString(2)), sent -> new ArrayList<>())
                        .add(rs.getLong(3)),
                run + "-%");
        return rows;
    }

    /** Connections the server holds open to this PostgreSQL database (its pool), or -1 on H2. */
    int serverConnections() throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            return -1;
        }
        int[] count = {0};
        query(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
                rs -> count[0] = rs.getInt(1));
        return count[0];
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, String... parameters) throws SQLException {
        try {
            // DriverManager finds a driver only if something loaded it before in this JVM
            Class.forName(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no JDBC driver for " + url + " on the test class path", e);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
