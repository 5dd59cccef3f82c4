package uz.ovoz.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A database of its own for a server a test starts itself: a fresh PostgreSQL database when the
 * suite runs on PostgreSQL, else a fresh H2 file that the test can read while the server has it
 * open ({@code AUTO_SERVER}).
 */
record TestDatabase(String url, String user, String password) {

    static TestDatabase fresh(Path h2Directory, String postgresName) throws Exception {
        String suiteDatabase = System.getProperty("ovoz.it.db.url", "");
        if (suiteDatabase.startsWith("jdbc:postgresql:")) {
            Class.forName("org.postgresql.Driver");
            String user = System.getProperty("ovoz.it.db.user", "postgres");
            String password = System.getProperty("ovoz.it.db.password", "");
            String maintenance = suiteDatabase.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
            try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + postgresName);
            }
            return new TestDatabase(suiteDatabase.replaceAll("/([^/?]+)(\\?.*)?$", "/" + postgresName), user, password);
        }
        Class.forName("org.h2.Driver");
        deleteRecursively(h2Directory);
        Files.createDirectories(h2Directory);
        return new TestDatabase(
                "jdbc:h2:file:" + h2Directory.toAbsolutePath().resolve("ovoz") + ";AUTO_SERVER=TRUE", "sa", "sa");
    }

    /** A digest of every row of every table but the migration history: equal digests, equal data. */
    String fingerprint() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String table : tables(connection)) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(result.getString(column)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                digest.update((table + ':' + rows.size() + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (String row : rows) {
                    digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String schema = result.getString("TABLE_SCHEM");
                String name = result.getString("TABLE_NAME");
                if (("public".equalsIgnoreCase(schema)) && !name.toLowerCase().startsWith("flyway")) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
