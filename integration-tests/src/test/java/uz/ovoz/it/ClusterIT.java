package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances forming one data grid, on one PostgreSQL, behind HAProxy: voters on
 * instance A, the display and the admin on B. An admin's action on B reaches A's voters, a vote for
 * the candidate B moved away from is refused on A, A's votes show on B's display, chat crosses both
 * ways; then A is killed ({@code kill -9}): its voters reconnect through the balancer to B and finish
 * the event, and the countdown A started ends on time on B. Needs PostgreSQL and HAProxy; skipped on
 * the H2 run, where no cluster can share the database.
 */
class ClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path DIR = Path.of("target", "cluster");
    private static final List<MicroInstance> INSTANCES = new ArrayList<>();
    private static MicroInstance a;
    private static MicroInstance b;
    private static Balancer balancer;
    private static Endpoints throughBalancer;

    @BeforeAll
    static void startCluster() throws Exception {
        String database = System.getProperty("ovoz.it.db.url", "");
        Assumptions.assumeTrue(
                database.startsWith("jdbc:postgresql:"), "a cluster needs PostgreSQL: run with -Ppostgresql");
        if (!Balancer.installed()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("HAProxy is required under CI (Debian's haproxy package)");
            }
            Assumptions.abort("HAProxy is not installed (apt-get install haproxy)");
        }
        Files.createDirectories(DIR);
        File voting = DIR.resolve("ROOT.war").toFile();
        File chat = DIR.resolve("chat.war").toFile();
        Deployments.voting().as(ZipExporter.class).exportTo(voting, true);
        Deployments.chat().as(ZipExporter.class).exportTo(chat, true);
        Map<String, String> environment = Map.of(
                "OVOZ_DB_URL",
                database,
                "OVOZ_DB_USER",
                System.getProperty("ovoz.it.db.user", ""),
                "OVOZ_DB_PASSWORD",
                System.getProperty("ovoz.it.db.password", ""),
                "OVOZ_ADMIN_USERNAME",
                AdminApi.USER,
                "OVOZ_ADMIN_PASSWORD",
                AdminApi.PASSWORD,
                // Every instance signs and checks chat tokens with one secret. Only these variables
                // reach the instances, not the suite's RSA chat keys: each derives the same ES256 key
                // from the secret, and Bobur's token from B is checked on A
                "OVOZ_CHAT_JWT_SECRET",
                "cluster-test-secret-" + "x".repeat(32));
        List<Integer> gridPorts = List.of(MicroInstance.freePort(), MicroInstance.freePort());
        String clusterName = "ovoz-it-" + UUID.randomUUID().toString().substring(0, 8);
        a = MicroInstance.start(
                "a",
                MicroInstance.freePort(),
                gridPorts.get(0),
                gridPorts,
                clusterName,
                DIR,
                List.of(voting, chat),
                environment,
                true);
        INSTANCES.add(a);
        b = MicroInstance.start(
                "b",
                MicroInstance.freePort(),
                gridPorts.get(1),
                gridPorts,
                clusterName,
                DIR,
                List.of(voting, chat),
                environment,
                true);
        INSTANCES.add(b);
        a.awaitReady(2, Duration.ofSeconds(240));
        b.awaitReady(2, Duration.ofSeconds(120));
        int balancerPort = MicroInstance.freePort();
        balancer = Balancer.start(balancerPort, List.of(a.httpPort(), b.httpPort()), DIR);
        throughBalancer = Endpoints.at(balancerPort);
        awaitStatus(throughBalancer, "/health/ready", 200);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (balancer != null) {
            balancer.stop();
        }
        for (MicroInstance instance : INSTANCES) {
            instance.stop();
        }
    }

    @Test
    void anyInstanceServesAnyClientAndTheEventSurvivesTheDeathOfOne() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        AdminApi adminOnB = new AdminApi(b.endpoints());
        long first = adminOnB.createCandidate("Cluster A " + run, "Rector");
        long second = adminOnB.createCandidate("Cluster B " + run, "Dean");
        JsonObject event = adminOnB.createEvent("Cluster " + run, "\"duration_sec\":60", first, second);
        long id = event.getJsonNumber("id").longValue();
        String link = event.getString("link");
        adminOnB.action(id, "start");

        List<WebSocketProbe> votersOnA = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            votersOnA.add(WebSocketProbe.connect(a.endpoints().ws("/ws/vote/" + link)));
        }
        WebSocketProbe viaBalancer = WebSocketProbe.connect(throughBalancer.ws("/ws/vote/" + link));
        WebSocketProbe displayOnB = WebSocketProbe.connect(b.endpoints().ws("/ws/display/" + link));
        for (WebSocketProbe voter : votersOnA) {
            voter.next("current_candidate", WAIT);
        }

        // the admin's Start timer on B reaches A's voters
        adminOnB.ok("POST", "/events/" + id + "/timer", "{}");
        for (WebSocketProbe voter : votersOnA) {
            assertTrue(
                    awaitRunningTimer(voter).getJsonNumber("ends_at_ts").longValue() > System.currentTimeMillis(),
                    "Start timer on B reached a voter on A");
        }
        for (int i = 0; i < votersOnA.size(); i++) {
            votersOnA.get(i).ask(vote("yes", "a" + i + "-" + run, first), "vote_confirmed");
        }
        viaBalancer.ask(vote("no", "lb-" + run, first), "vote_confirmed");
        assertEquals(5, awaitDisplayTotal(displayOnB, 5), "A's votes show on B's display");

        // Next on B, and at once a vote for the previous candidate on A: refused
        adminOnB.action(id, "next");
        JsonObject late = votersOnA.get(0).ask(vote("no", "late-" + run, first), "error");
        assertEquals("not_open", late.getString("code"), late.toString());
        for (WebSocketProbe voter : votersOnA.subList(1, votersOnA.size())) {
            assertEquals(second, awaitCandidate(voter, second), "Next on B reached a voter on A");
        }

        chatCrossesBothWays(run);

        // A starts the countdown of the second candidate, then dies
        displayOnB.clear();
        new AdminApi(a.endpoints()).ok("POST", "/events/" + id + "/timer", "{\"duration_sec\":8}");
        long endsAt = awaitRunningTimer(displayOnB).getJsonNumber("ends_at_ts").longValue();
        assertTrue(endsAt > System.currentTimeMillis() + 5_000, "B's display shows the countdown A started");
        a.kill();
        for (WebSocketProbe voter : votersOnA) {
            assertEquals(1006, voter.awaitCloseCode(WAIT), "A's voters lost their sockets");
        }
        List<WebSocketProbe> reconnected = new ArrayList<>();
        for (int i = 0; i < votersOnA.size(); i++) {
            reconnected.add(reconnectThroughBalancer(link));
        }
        for (int i = 0; i < reconnected.size(); i++) {
            reconnected.get(i).ask(vote(i % 2 == 0 ? "yes" : "neutral", "a" + i + "-" + run, second), "vote_confirmed");
        }
        JsonObject expired = displayOnB.next("timer_expired", Duration.ofSeconds(30));
        assertEquals(second, expired.getJsonNumber("candidate_id").longValue());
        long lateness = System.currentTimeMillis() - endsAt;
        assertTrue(
                lateness > -200 && lateness < 2_000, "the countdown A started ended on time on B: " + lateness + " ms");

        adminOnB.action(id, "next");
        JsonArray results = adminOnB.okArray("GET", "/events/" + id + "/results");
        assertCounts(results.getJsonObject(0), 4, 1, 0);
        assertCounts(results.getJsonObject(1), 2, 0, 2);
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonObject audit;
        while (!(audit = adminOnB.ok("GET", "/events/" + id + "/audit", null)).getBoolean("consistent")) {
            assertTrue(System.nanoTime() < deadline, "the audit still finds differences: " + audit);
            Thread.sleep(100);
        }
    }

    private static void chatCrossesBothWays(String run) throws Exception {
        ChatClient aziza = ChatClient.signup(a.endpoints(), "aziza-" + run);
        ChatClient bobur = ChatClient.signup(b.endpoints(), "bobur-" + run);
        assertEquals(
                JWSAlgorithm.ES256,
                SignedJWT.parse(bobur.token()).getHeader().getAlgorithm(),
                "B signs with the key derived from the secret");
        long room = aziza.createRoom("Cluster " + run, bobur.username);
        WebSocketProbe onA = aziza.connect(a.endpoints());
        WebSocketProbe onB = bobur.connect(b.endpoints());
        // the same member on both instances: each of his sockets gets each message once
        WebSocketProbe boburOnA = bobur.connect(a.endpoints());
        onA.next("ready", WAIT);
        onB.next("ready", WAIT);
        boburOnA.next("ready", WAIT);
        onA.ask(send(room, "salom from A", "m1"), "ack");
        assertEquals("salom from A", onB.next("message", WAIT).getString("content"), "A's message reached B");
        assertEquals("salom from A", boburOnA.next("message", WAIT).getString("content"));
        onB.ask(send(room, "salom from B", "m2"), "ack");
        // A room's messages reach a socket in order, so B's message, sent once every socket had A's, is the
        // next message of Bobur's socket on A: a second copy of A's would come before it
        assertEquals(
                "salom from B",
                boburOnA.next("message", WAIT).getString("content"),
                "A's message delivered once, then B's");
        // the sender's own copy may come before its ack, which ask skips, or after it: at most one
        JsonObject received = onA.next("message", WAIT);
        if ("salom from A".equals(received.getString("content"))) {
            received = onA.next("message", WAIT);
        }
        assertEquals("salom from B", received.getString("content"), "B's message reached A");
    }

    private static WebSocketProbe reconnectThroughBalancer(String link) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                WebSocketProbe voter = WebSocketProbe.connect(throughBalancer.ws("/ws/vote/" + link));
                voter.next("current_candidate", WAIT);
                return voter;
            } catch (Exception | AssertionError notYet) {
                // the balancer has not yet seen that A is gone; a page retries with backoff the same way
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    /** The id of the current candidate once a voter's current_candidate names the wanted one. */
    private static long awaitCandidate(WebSocketProbe voter, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject data = voter.next("current_candidate", WAIT).getJsonObject("data");
            if (data.get("candidate") instanceof JsonObject candidate
                    && candidate.getJsonNumber("id").longValue() == wanted) {
                return wanted;
            }
        }
        return -1;
    }

    /** The timer of the next state frame (a voter's current_candidate, a display's display_update) that has it running. */
    private static JsonObject awaitRunningTimer(WebSocketProbe client) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String frame = client.nextFrame(WAIT);
            if (frame != null
                    && AdminApi.json(frame).get("data") instanceof JsonObject data
                    && data.get("timer") instanceof JsonObject timer
                    && timer.getBoolean("running")) {
                return timer;
            }
        }
        throw new AssertionError("no running timer within " + WAIT);
    }

    private static long awaitDisplayTotal(WebSocketProbe display, long total) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline && seen != total) {
            JsonObject data = display.next("display_update", WAIT).getJsonObject("data");
            if (data.get("vote_results") instanceof JsonObject results) {
                seen = results.getJsonNumber("total").longValue();
            }
        }
        return seen;
    }

    private static void assertCounts(JsonObject row, int yes, int no, int neutral) {
        assertEquals(yes, row.getInt("yes"), row.toString());
        assertEquals(no, row.getInt("no"), row.toString());
        assertEquals(neutral, row.getInt("neutral"), row.toString());
    }

    private static void awaitStatus(Endpoints endpoints, String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (endpoints.get(path).statusCode() == status) {
                    return;
                }
            } catch (java.io.IOException starting) {
                // the balancer is not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " did not answer " + status + " through the balancer; see "
                        + DIR.resolve("haproxy.log"));
            }
            Thread.sleep(500);
        }
    }

    private static String vote(String type, String device, long candidateId) {
        return "{\"type\":\"cast_vote\",\"vote_type\":\"" + type + "\",\"device_id\":\"" + device
                + "\",\"candidate_id\":" + candidateId + "}";
    }

    private static String send(long room, String content, String clientMsgId) {
        return "{\"type\":\"send_message\",\"roomId\":" + room + ",\"content\":\"" + content + "\",\"clientMsgId\":\""
                + clientMsgId + "\"}";
    }
}
