package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server told a client it stored is stored, whatever happens to the server process: stopped
 * (SIGTERM) or killed ({@code kill -9}) in the middle of a storm of votes and chat messages, on the
 * test database and on the embedded default (H2). Each test starts Payara Micro as a process of its
 * own, faults it, starts it again on the same port and database, lets the clients reconnect by
 * themselves, and then reads the tables directly. One server goes through both faults on the test
 * database, as every start costs half a minute. Run by the {@code faults} profile.
 */
class FaultsIT {

    private static final Path DIR = Path.of("target", "faults").toAbsolutePath();
    private static final Duration START = Duration.ofSeconds(240);
    private static final String VOTES_DRAINED = "Stopping: stored the (\\d+) votes still queued";
    private static final String MESSAGES_DRAINED = "Stopping: stored the (\\d+) chat messages still queued";
    private static List<File> wars;

    @BeforeAll
    static void exportWars() throws Exception {
        Files.createDirectories(DIR);
        File voting = DIR.resolve("ROOT.war").toFile();
        File chat = DIR.resolve("chat.war").toFile();
        Deployments.voting().as(ZipExporter.class).exportTo(voting, true);
        Deployments.chat().as(ZipExporter.class).exportTo(chat, true);
        wars = List.of(voting, chat);
    }

    @Test
    void aStopStoresEveryQueuedVoteAndMessageAKillLosesNothingAcknowledgedAndClientsResumeByThemselves()
            throws Exception {
        Scenario scenario = new Scenario("stop-kill", StoredRows.ofTestDatabase());
        // Queues that are written once a second hold about a second of the storm when SIGTERM comes
        scenario.then(
                testDatabase(Map.of("OVOZ_VOTES_FLUSH_INTERVAL_MS", "1000", "OVOZ_CHAT_FLUSH_INTERVAL_MS", "1000")),
                FaultsIT::stopDrainingTheQueues);
        scenario.then(testDatabase(Map.of()), (server, storm) -> server.kill());
        scenario.run(20, 8, true);
    }

    @Test
    void onTheDefaultH2DatabaseAKillLosesNothingAcknowledged() throws Exception {
        // The default URL (jdbc:h2:~/.ovoz/data/ovoz...) under a home of the test's own
        Path home = DIR.resolve("h2-home-" + UUID.randomUUID().toString().substring(0, 6));
        Scenario scenario =
                new Scenario("h2", new StoredRows("jdbc:h2:" + home.resolve(".ovoz/data/ovoz"), "sa", "sa"));
        scenario.jvmOptions = new String[] {"-Duser.home=" + home};
        // Read straight after the kill: H2 reopens the file the killed server left (the restart and
        // the clients' resumption are the test database's test)
        scenario.then(new HashMap<>(common()), (server, storm) -> server.kill());
        scenario.run(10, 4, false);
    }

    /** SIGTERM, and the server's word that its drain found work queued and stored it. */
    private static void stopDrainingTheQueues(MicroInstance server, Storm storm) throws Exception {
        // Every client is answered by the same flush and sends again 150 ms later: struck in that
        // gap, the stop would find the queues empty. Struck 400 ms after a flush, each client's next
        // vote or message waits there for the following one, a second after the last.
        int confirmed = storm.confirmedCount();
        await("a flush", Duration.ofSeconds(10), () -> storm.confirmedCount() > confirmed);
        Thread.sleep(400);
        server.terminate(Duration.ofSeconds(60));
        String log = Files.readString(server.log(), StandardCharsets.ISO_8859_1);
        int votes = drained(log, VOTES_DRAINED);
        int messages = drained(log, MESSAGES_DRAINED);
        System.out.printf(
                "[faults] SIGTERM: %d votes and %d messages queued at the stop and stored before exit%n",
                votes, messages);
        // Each application drains its own queues as its web module stops; the one stopped second
        // may find its timer has already written them, so only the sum is sure to be above zero
        assertTrue(votes + messages > 0, "the stop found votes or messages queued: " + votes + ", " + messages);
    }

    private interface Fault {
        void strike(MicroInstance server, Storm storm) throws Exception;
    }

    /** One server, a storm, faults (each followed by the same server again), and the tables checked against the clients. */
    private static final class Scenario {

        final String name;
        final StoredRows database;
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final List<Map<String, String>> environments = new ArrayList<>();
        final List<Fault> faults = new ArrayList<>();
        String[] jvmOptions = {};
        Storm storm;

        Scenario(String name, StoredRows database) {
            this.name = name;
            this.database = database;
        }

        /** A server started with this environment, and the fault it then suffers. */
        void then(Map<String, String> environment, Fault fault) {
            environments.add(environment);
            faults.add(fault);
        }

        void run(int votersPerEvent, int chatters, boolean restartAfterLast) throws Exception {
            int port = MicroInstance.freePort();
            List<MicroInstance> servers = new ArrayList<>();
            try {
                MicroInstance server = start(servers, 0, port);
                storm = new Storm(server.endpoints(), run, Duration.ofMillis(150));
                List<String> links = events(new AdminApi(server.endpoints()), 3);
                List<ChatClient> users = new ArrayList<>();
                for (int i = 0; i < chatters; i++) {
                    users.add(ChatClient.signup(server.endpoints(), "storm-" + run + "-" + i));
                }
                long room = users.get(0)
                        .createRoom(
                                "Storm " + run,
                                users.stream()
                                        .skip(1)
                                        .map(user -> user.username)
                                        .toArray(String[]::new));
                storm.voters(votersPerEvent, links).chatters(users, room);
                int clients = votersPerEvent * links.size() + chatters;
                await("the storm is under way", Duration.ofSeconds(60), () -> storm.confirmedCount() > 10 * clients);
                List<Integer> atFaults = new ArrayList<>();
                for (int i = 0; i < faults.size(); i++) {
                    faults.get(i).strike(server, storm);
                    long afterFault = System.nanoTime();
                    int atFault = storm.confirmedCount();
                    atFaults.add(atFault);
                    if (i + 1 < faults.size() || restartAfterLast) {
                        server = start(servers, Math.min(i + 1, environments.size() - 1), port);
                        // a client that answers again has reconnected by itself (a count of drops would
                        // count a client twice whose first try met a server not yet ready)
                        await(
                                "every client reconnected by itself",
                                Duration.ofSeconds(90),
                                () -> storm.answeredSince(afterFault) >= clients);
                        await(
                                "the storm resumed",
                                Duration.ofSeconds(60),
                                () -> storm.confirmedCount() > atFault + 5 * clients);
                    }
                }
                storm.finish();
                if (database.serverConnections() < 0 && restartAfterLast) {
                    // an embedded H2 file opens in one process at a time
                    server.terminate(Duration.ofSeconds(60));
                }
                check(atFaults);
            } finally {
                for (MicroInstance server : servers) {
                    server.stop();
                }
            }
        }

        private MicroInstance start(List<MicroInstance> servers, int environment, int port) throws Exception {
            MicroInstance server = MicroInstance.alone(
                    name + "-" + run + "-" + (servers.size() + 1),
                    port,
                    DIR,
                    wars,
                    environments.get(environment),
                    jvmOptions);
            servers.add(server);
            server.awaitReady(START);
            return server;
        }

        private void check(List<Integer> atFaults) throws Exception {
            Map<Storm.Ballot, Integer> votes = database.votes(run);
            Map<Storm.Sent, List<Long>> messages = database.messages(run);
            List<String> wrong = new ArrayList<>();
            for (Storm.Ballot ballot : storm.confirmed) {
                if (votes.getOrDefault(ballot, 0) != 1) {
                    wrong.add(ballot + " confirmed, stored " + votes.getOrDefault(ballot, 0) + " times");
                }
            }
            storm.acked.forEach((sent, id) -> {
                if (!List.of(id).equals(messages.get(sent))) {
                    wrong.add(sent + " acked as " + id + ", stored as " + messages.get(sent));
                }
            });
            long cutOffVotesStored =
                    storm.votesCutOff.stream().filter(votes::containsKey).count();
            long cutOffMessagesStored =
                    storm.messagesCutOff.stream().filter(messages::containsKey).count();
            System.out.printf(
                    "[faults] %s: %s acknowledged at the faults, %d votes confirmed and %d messages acked in all,"
                            + " %d reconnects, %d votes and %d messages cut off (%d and %d of them stored), %d busy answers"
                            + " (sent again), %d refusals%n",
                    name,
                    atFaults,
                    storm.confirmed.size(),
                    storm.acked.size(),
                    storm.reconnects.get(),
                    storm.votesCutOff.size(),
                    storm.messagesCutOff.size(),
                    cutOffVotesStored,
                    cutOffMessagesStored,
                    storm.busy.get(),
                    storm.refusals.size());
            assertEquals(
                    List.of(),
                    wrong.subList(0, Math.min(20, wrong.size())),
                    wrong.size() + " acknowledged votes or messages not stored exactly once");
            // "could not be stored" would be one: the server failed to store what it had accepted
            assertEquals(
                    List.of(),
                    storm.refusals.subList(0, Math.min(20, storm.refusals.size())),
                    "answers other than a confirmation or busy");
        }
    }

    /** Running events of two candidates each; their links. */
    private static List<String> events(AdminApi admin, int count) throws Exception {
        List<String> links = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < count; i++) {
            long first = admin.createCandidate("Storm " + run + " " + i + "a", "Rector");
            long second = admin.createCandidate("Storm " + run + " " + i + "b", "Dean");
            JsonObject event = admin.createEvent("Storm " + run + " " + i, "\"duration_sec\":600", first, second);
            long id = event.getJsonNumber("id").longValue();
            admin.action(id, "start");
            // votes are taken while the candidate's countdown runs: the event's 600 s
            admin.ok("POST", "/events/" + id + "/timer", "{}");
            links.add(event.getString("link"));
        }
        return links;
    }

    private static Map<String, String> common() {
        return Map.of(
                "OVOZ_ADMIN_USERNAME",
                AdminApi.USER,
                "OVOZ_ADMIN_PASSWORD",
                AdminApi.PASSWORD,
                // chat tokens issued before the fault stay valid after it
                "OVOZ_CHAT_JWT_SECRET",
                "faults-test-secret-" + "x".repeat(32));
    }

    private static Map<String, String> testDatabase(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(common());
        environment.put("OVOZ_DB_URL", System.getProperty("ovoz.it.db.url"));
        environment.put("OVOZ_DB_USER", System.getProperty("ovoz.it.db.user", ""));
        environment.put("OVOZ_DB_PASSWORD", System.getProperty("ovoz.it.db.password", ""));
        environment.putAll(more);
        return environment;
    }

    /** What the server said it stored at the stop, summed over the applications (each has its queues). */
    private static int drained(String log, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(log);
        int sum = 0;
        boolean found = false;
        while (matcher.find()) {
            found = true;
            sum += Integer.parseInt(matcher.group(1));
        }
        assertTrue(found, "the server wrote what it stored at the stop: " + pattern);
        return sum;
    }

    static void await(String what, Duration wait, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + wait);
            }
            Thread.sleep(100);
        }
    }
}
