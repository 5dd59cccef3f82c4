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
 * What the server told a client it stored is stored, whatever happens to the server process: killed
 * ({@code kill -9}) or stopped (SIGTERM) in the middle of a storm of votes and chat messages, on
 * the test database and on the embedded default (H2). Each test starts Payara Micro as a process of
 * its own, faults it, starts it again on the same port and database, lets the clients reconnect by
 * themselves, and then reads the tables directly. Run by the {@code faults} profile.
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
    void everythingAcknowledgedBeforeAKillIsStoredOnceAndClientsResumeByThemselves() throws Exception {
        Scenario scenario = new Scenario("kill", testDatabase(Map.of()), StoredRows.ofTestDatabase());
        scenario.run(20, 8, MicroInstance::kill);
    }

    @Test
    void aStopWritesEveryQueuedVoteAndMessageBeforeTheProcessEnds() throws Exception {
        // Queues that are written once a second hold about a second of the storm when SIGTERM comes
        Scenario scenario = new Scenario("stop", testDatabase(Map.of("OVOZ_VOTES_FLUSH_INTERVAL_MS", "1000",
                "OVOZ_CHAT_FLUSH_INTERVAL_MS", "1000")), StoredRows.ofTestDatabase());
        MicroInstance[] stopped = new MicroInstance[1];
        scenario.run(20, 8, instance -> {
            stopped[0] = instance;
            instance.terminate(Duration.ofSeconds(60));
        });
        String log = Files.readString(stopped[0].log(), StandardCharsets.ISO_8859_1);
        int votesQueued = drained(log, VOTES_DRAINED);
        int messagesQueued = drained(log, MESSAGES_DRAINED);
        System.out.printf("[faults] SIGTERM: %d votes and %d messages queued at the stop and written before exit;"
                + " cut off at the clients: %d votes (%d stored), %d messages (%d stored)%n", votesQueued, messagesQueued,
                scenario.storm.votesCutOff.size(), scenario.cutOffVotesStored, scenario.storm.messagesCutOff.size(),
                scenario.cutOffMessagesStored);
        assertTrue(votesQueued > 0 && messagesQueued > 0, "the stop found votes and messages queued: " + votesQueued
                + ", " + messagesQueued);
        assertTrue(!log.contains("could not be stored") && !log.contains("A batch of"),
                "every queued vote and message was written at the stop; see " + stopped[0].log());
    }

    @Test
    void onTheDefaultH2DatabaseAKillLosesNothingAcknowledged() throws Exception {
        // The default URL (jdbc:h2:~/.ovoz/data/ovoz...) under a home of the test's own
        Path home = DIR.resolve("h2-home-" + UUID.randomUUID().toString().substring(0, 6));
        Map<String, String> environment = new HashMap<>(common());
        Scenario scenario = new Scenario("h2", environment,
                new StoredRows("jdbc:h2:" + home.resolve(".ovoz/data/ovoz"), "sa", "sa"));
        scenario.jvmOptions = new String[]{"-Duser.home=" + home};
        scenario.run(10, 4, MicroInstance::kill);
    }

    private interface Fault {
        void strike(MicroInstance server) throws Exception;
    }

    /** One server, a storm, a fault, the same server again, and the tables checked against the clients. */
    private static final class Scenario {

        final String name;
        final Map<String, String> environment;
        final StoredRows database;
        final String run = UUID.randomUUID().toString().substring(0, 8);
        String[] jvmOptions = {};
        Storm storm;
        long cutOffVotesStored;
        long cutOffMessagesStored;

        Scenario(String name, Map<String, String> environment, StoredRows database) {
            this.name = name;
            this.environment = environment;
            this.database = database;
        }

        void run(int votersPerEvent, int chatters, Fault fault) throws Exception {
            int port = MicroInstance.freePort();
            MicroInstance first = start(name + "-" + run + "-1", port);
            MicroInstance second = null;
            try {
                storm = new Storm(first.endpoints(), run, Duration.ofMillis(150));
                List<String> links = events(new AdminApi(first.endpoints()), 3);
                List<ChatClient> users = new ArrayList<>();
                for (int i = 0; i < chatters; i++) {
                    users.add(ChatClient.signup(first.endpoints(), "storm-" + run + "-" + i));
                }
                long room = users.get(0).createRoom("Storm " + run,
                        users.stream().skip(1).map(user -> user.username).toArray(String[]::new));
                storm.voters(votersPerEvent, links).chatters(users, room);
                int clients = votersPerEvent * links.size() + chatters;
                await("the storm is under way", Duration.ofSeconds(60), () -> storm.confirmedCount() > 10 * clients);

                fault.strike(first);
                int atFault = storm.confirmedCount();
                second = start(name + "-" + run + "-2", port);
                await("every client reconnected by itself", Duration.ofSeconds(90), () -> storm.reconnects.get() >= clients);
                await("the storm resumed", Duration.ofSeconds(60), () -> storm.confirmedCount() > atFault + 5 * clients);
                storm.finish();
                if (database.serverConnections() < 0) {
                    // an embedded H2 file opens in one process at a time
                    second.terminate(Duration.ofSeconds(60));
                }
                check(atFault);
            } finally {
                first.stop();
                if (second != null) {
                    second.stop();
                }
            }
        }

        private MicroInstance start(String instance, int port) throws Exception {
            MicroInstance server = MicroInstance.alone(instance, port, DIR, wars, environment, jvmOptions);
            server.awaitReady(START);
            return server;
        }

        private void check(int atFault) throws Exception {
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
            cutOffVotesStored = storm.votesCutOff.stream().filter(votes::containsKey).count();
            cutOffMessagesStored = storm.messagesCutOff.stream().filter(messages::containsKey).count();
            System.out.printf("[faults] %s: %d acknowledged at the fault, %d votes confirmed and %d messages acked in all,"
                    + " %d reconnects, %d votes and %d messages cut off (%d and %d of them stored), %d refusals%n",
                    name, atFault, storm.confirmed.size(), storm.acked.size(), storm.reconnects.get(),
                    storm.votesCutOff.size(), storm.messagesCutOff.size(), cutOffVotesStored, cutOffMessagesStored,
                    storm.refusals.size());
            assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())),
                    wrong.size() + " acknowledged votes or messages not stored exactly once");
            assertEquals(List.of(), storm.refusals.subList(0, Math.min(20, storm.refusals.size())),
                    "answers other than a confirmation");
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
        return Map.of("OVOZ_ADMIN_USERNAME", AdminApi.USER, "OVOZ_ADMIN_PASSWORD", AdminApi.PASSWORD,
                // chat tokens issued before the fault stay valid after it
                "OVOZ_CHAT_JWT_SECRET", "faults-test-secret-" + "x".repeat(32));
    }

    private static Map<String, String> testDatabase(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(common());
        environment.put("OVOZ_DB_URL", System.getProperty("ovoz.it.db.url"));
        environment.put("OVOZ_DB_USER", System.getProperty("ovoz.it.db.user", ""));
        environment.put("OVOZ_DB_PASSWORD", System.getProperty("ovoz.it.db.password", ""));
        environment.putAll(more);
        return environment;
    }

    private static int drained(String log, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(log);
        assertTrue(matcher.find(), "the server logged what it wrote at the stop: " + pattern);
        return Integer.parseInt(matcher.group(1));
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
