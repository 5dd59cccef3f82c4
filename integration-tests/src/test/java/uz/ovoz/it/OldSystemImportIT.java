package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import from the old voting system: a database in its schema (a SQLite file and an uploads
 * folder, built here) brought across twice through {@code POST /api/import/old-system}.
 */
class OldSystemImportIT extends VotingServerIT {

    @Test
    void oldDatabaseImportedTwiceGivesTheSameCandidatesEventsAndCountOnce() throws Exception {
        Path dir =
                Files.createDirectories(Path.of("target", "old-system-" + run).toAbsolutePath());
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        String photo = UUID.randomUUID() + ".png";
        Files.write(uploads.resolve(photo), TestImages.png());
        String database = "jdbc:sqlite:" + dir.resolve("voting.db");
        buildOldDatabase(database, run, photo);
        String body = Json.createObjectBuilder()
                .add("from", database)
                .add("uploads", uploads.toString())
                .build()
                .toString();

        JsonObject first = admin.ok("POST", "/import/old-system", body);
        assertEquals(List.of(4, 0, 1, 1, 0, 4, 8, 0, 2), counts(first), first.toString());
        // the two votes that break the count rules are named
        assertEquals(2, first.getJsonArray("problems").size(), first.toString());
        JsonObject second = admin.ok("POST", "/import/old-system", body);
        assertEquals(List.of(0, 4, 0, 0, 1, 0, 0, 8, 2), counts(second), second.toString());

        JsonObject event = admin.okArray("GET", "/events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("link").equals(run))
                .findFirst()
                .orElseThrow();
        assertEquals("finished", event.getString("status").toLowerCase());
        JsonArray results = admin.okArray("GET", "/events/" + event.getJsonNumber("id") + "/results");
        // running order, and yes / no / neutral per candidate: duplicates and second decisions left out
        assertEquals(
                List.of(
                        "Aziza " + run + " 2/1/0",
                        "Boris " + run + " 1/0/1",
                        "Dilnoza " + run + " 1/1/0",
                        "Erkin " + run + " 1/0/0"),
                results.getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("candidate") + " " + r.getInt("yes") + "/" + r.getInt("no") + "/"
                                + r.getInt("neutral"))
                        .toList());
        JsonObject aziza = admin.okArray("GET", "/candidates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("full_name").equals("Aziza " + run))
                .findFirst()
                .orElseThrow();
        assertTrue(aziza.getString("image").startsWith("/photos/"), aziza.toString());
        assertEquals(200, endpoints.get(aziza.getString("image")).statusCode());
    }

    private static List<Integer> counts(JsonObject report) {
        return List.of(
                        "candidates_added",
                        "candidates_known",
                        "photos_added",
                        "events_added",
                        "events_known",
                        "places_added",
                        "votes_added",
                        "votes_known",
                        "votes_not_counted")
                .stream()
                .map(report::getInt)
                .toList();
    }

    /** The old system's tables as its ORM created them, with one event of four candidates, two in a group. */
    private static void buildOldDatabase(String database, String run, String photo) throws Exception {
        try (Connection old = DriverManager.getConnection(database);
                Statement sql = old.createStatement()) {
            sql.execute("CREATE TABLE candidates (id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, image VARCHAR,"
                    + " birth_date DATE, degree VARCHAR, which_position VARCHAR, position VARCHAR, election_time TEXT,"
                    + " description TEXT, from_api BOOLEAN, external_id INTEGER)");
            sql.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, name VARCHAR, link VARCHAR UNIQUE,"
                    + " duration_sec INTEGER DEFAULT 15, status VARCHAR, start_time DATETIME, end_time DATETIME,"
                    + " current_candidate_index INTEGER)");
            sql.execute("CREATE TABLE event_candidates (id INTEGER PRIMARY KEY, event_id INTEGER, candidate_id INTEGER,"
                    + " \"order\" INTEGER, status VARCHAR, timer_started_at DATETIME, candidate_group VARCHAR,"
                    + " participant_count INTEGER)");
            sql.execute("CREATE TABLE votes (id INTEGER PRIMARY KEY, event_id INTEGER, event_candidate_id INTEGER,"
                    + " candidate_id INTEGER, ip_address VARCHAR NOT NULL, device_id VARCHAR, nonce VARCHAR,"
                    + " vote_type VARCHAR, timestamp DATETIME)");
            sql.execute("INSERT INTO candidates (id, full_name, image, which_position, from_api) VALUES"
                    + " (1, 'Aziza " + run + "', 'http://old.example.uz/uploads/" + photo + "', 'Rektor', 0),"
                    + " (2, 'Boris " + run + "', NULL, 'Dekan', 0), (3, 'Dilnoza " + run + "', NULL, 'Dekan', 0),"
                    + " (4, 'Erkin " + run + "', NULL, NULL, 0)");
            sql.execute("INSERT INTO events (id, name, link, duration_sec, status) VALUES" + " (1, 'Kengash " + run
                    + "', '" + run + "', 30, 'finished')");
            sql.execute("INSERT INTO event_candidates (id, event_id, candidate_id, \"order\", candidate_group) VALUES"
                    + " (11, 1, 1, 1, NULL), (12, 1, 2, 2, 'dekan'), (13, 1, 3, 3, 'dekan'), (14, 1, 4, 4, NULL)");
            sql.execute("INSERT INTO votes (id, event_id, event_candidate_id, candidate_id, ip_address, device_id,"
                    + " vote_type, timestamp) VALUES"
                    + " (1, 1, 11, 1, '10.0.0.1', 'd1', 'yes', '2024-05-01 10:00:01.000000'),"
                    + " (2, 1, 11, 1, '10.0.0.2', 'd2', 'yes', '2024-05-01 10:00:02.000000'),"
                    + " (3, 1, 11, 1, '10.0.0.3', 'd3', 'no', '2024-05-01 10:00:03.000000'),"
                    + " (4, 1, 11, 1, '10.0.0.1', 'd1', 'yes', '2024-05-01 10:00:04.000000'),"
                    + " (5, 1, 12, 2, '10.0.0.1', 'd1', 'yes', '2024-05-01 10:01:01.000000'),"
                    + " (6, 1, 13, 3, '10.0.0.1', 'd1', 'no', '2024-05-01 10:01:01.000000'),"
                    + " (7, 1, 13, 3, '10.0.0.2', 'd2', 'yes', '2024-05-01 10:01:02.000000'),"
                    + " (8, 1, 12, 2, '10.0.0.2', 'd2', 'yes', '2024-05-01 10:01:03.000000'),"
                    + " (9, 1, 12, 2, '10.0.0.3', 'd3', 'neutral', '2024-05-01 10:01:04.000000'),"
                    + " (10, 1, 14, 4, '10.0.0.9', NULL, 'yes', '2024-05-01 10:02:01.000000')");
        }
    }
}
