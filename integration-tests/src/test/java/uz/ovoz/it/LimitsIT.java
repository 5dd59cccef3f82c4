package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Limits against abuse on the voting module: failed admin logins back off per account and per
 * address, sockets are capped per client address. The server trusts 127.0.0.1 as a proxy
 * (integration-tests/pom.xml), so each test poses as clients of its own addresses through
 * {@code X-Forwarded-For} and leaves the other tests' counts alone.
 */
class LimitsIT extends VotingServerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    // The per-address socket cap and the free failures per address set for the tests in integration-tests/pom.xml
    private static final int SOCKETS_PER_ADDRESS = 300;
    private static final int FREE_FAILURES = 5;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Test
    void wrongAdminPasswordsBackOffAndTheRightOneIsRefusedUntilTheWaitEnds() throws Exception {
        String from = newAddress();
        for (int i = 0; i <= FREE_FAILURES; i++) {
            assertEquals(401, basic(AdminApi.USER, "wrong-" + i, from).statusCode(), "failure " + (i + 1));
        }
        HttpResponse<String> refused = basic(AdminApi.USER, AdminApi.PASSWORD, from);
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(
                "Too many failed logins; try again in 1 s",
                AdminApi.json(refused.body()).getString("error"));
        assertEquals(
                429,
                basic(AdminApi.USER, AdminApi.PASSWORD, newAddress()).statusCode(),
                "the account waits whatever the address");
        // the wait is 1 s; the success that ends it resets the account for the other tests
        assertEquals(
                200,
                awaitStatusOtherThan(429, AdminApi.USER, AdminApi.PASSWORD, from)
                        .statusCode());
    }

    @Test
    void anotherAccountFromTheSameAddressIsHeldOnlyByTheAddressRule() throws Exception {
        String from = newAddress();
        for (int i = 0; i <= FREE_FAILURES; i++) {
            basic("nobody-" + run, "guess-" + i, from);
        }
        assertEquals(429, basic("nobody-" + run, "guess", from).statusCode(), "that account waits");
        assertEquals(
                200,
                basic(AdminApi.USER, AdminApi.PASSWORD, from).statusCode(),
                "the admin from the same address does not");
        // one failure for each of many accounts: the address runs out of free failures
        int attempts = 0;
        HttpResponse<String> last;
        do {
            last = basic("ghost-" + attempts + "-" + run, "guess", from);
            attempts++;
        } while (last.statusCode() == 401 && attempts < 50);
        assertEquals(429, last.statusCode(), "the address waits after " + attempts + " failures");
        assertEquals(429, basic(AdminApi.USER, AdminApi.PASSWORD, from).statusCode(), "even for the right password");
        assertEquals(
                200, basic(AdminApi.USER, AdminApi.PASSWORD, newAddress()).statusCode(), "other addresses are free");
    }

    @Test
    void socketsOverThePerAddressCapAreRefusedWith4029AndAClosedOneMakesRoom() throws Exception {
        String link = startedEvent();
        String from = newAddress();
        MetricsScrape before = scrape();
        List<WebSocketProbe> open = new ArrayList<>();
        open.add(connectFrom(endpoints.ws("/ws/display/" + link), from));
        while (open.size() < SOCKETS_PER_ADDRESS) {
            open.add(connectFrom(endpoints.ws("/ws/vote/" + link), from));
        }
        for (WebSocketProbe socket : open) {
            assertTrue(socket.admitted(WAIT), "voters and displays together up to the cap");
        }
        assertEquals(4029, connectFrom(endpoints.ws("/ws/vote/" + link), from).awaitCloseCode(WAIT));
        assertEquals(
                4029, connectFrom(endpoints.ws("/ws/display/" + link), from).awaitCloseCode(WAIT));
        assertTrue(
                connectFrom(endpoints.ws("/ws/vote/" + link), newAddress()).admitted(WAIT),
                "another address is let in");
        assertEquals(1, delta(before, scrape(), "ovoz_refusals_total", "kind=\"voter\"", "reason=\"address_full\""));

        open.remove(0).close();
        assertTrue(awaitAdmitted(endpoints.ws("/ws/vote/" + link), from), "a closed socket makes room for the next");
        open.forEach(WebSocketProbe::close);
    }

    @Test
    void aDisplayForAnUnknownLinkIsRefused() throws Exception {
        assertEquals(
                4004,
                connectFrom(endpoints.ws("/ws/display/unknown-" + run), newAddress())
                        .awaitCloseCode(WAIT));
    }

    @Test
    void oneVotePerAddressCountsTheForwardedAddress() throws Exception {
        long candidate = admin.createCandidate("Per address " + run, "Dean");
        JsonObject event =
                admin.createEvent("Per address " + run, "\"duration_sec\":30,\"one_vote_per_ip\":true", candidate);
        long id = event.getJsonNumber("id").longValue();
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        String link = event.getString("link");
        String from = newAddress();
        WebSocketProbe first = connectFrom(endpoints.ws("/ws/vote/" + link), from);
        first.ask(vote("first-" + run), "vote_confirmed");
        WebSocketProbe sameAddress = connectFrom(endpoints.ws("/ws/vote/" + link), from);
        assertEquals(
                "duplicate",
                sameAddress.ask(vote("second-" + run), "error").getString("code"),
                "another device behind the same forwarded address");
        WebSocketProbe otherAddress = connectFrom(endpoints.ws("/ws/vote/" + link), newAddress());
        otherAddress.ask(vote("third-" + run), "vote_confirmed");
    }

    private boolean awaitAdmitted(URI uri, String from) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            WebSocketProbe next = connectFrom(uri, from);
            if (next.admitted(WAIT)) {
                next.close();
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> awaitStatusOtherThan(int status, String user, String password, String from)
            throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = basic(user, password, from);
        while (response.statusCode() == status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = basic(user, password, from);
        }
        return response;
    }

    private String startedEvent() throws Exception {
        long candidate = admin.createCandidate("Limits " + run, "Dean");
        JsonObject event = admin.createEvent("Limits " + run, null, candidate);
        admin.action(event.getJsonNumber("id").longValue(), "start");
        return event.getString("link");
    }

    private HttpResponse<String> basic(String username, String password, String from) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoints.http("/api/me"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + token)
                .header("X-Forwarded-For", from)
                .GET()
                .build();
        return Endpoints.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A documentation address (RFC 5737) of this test's own. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private MetricsScrape scrape() throws Exception {
        HttpResponse<String> response = endpoints.get("/metrics");
        assertEquals(200, response.statusCode());
        return new MetricsScrape(response.body());
    }

    private static long delta(MetricsScrape before, MetricsScrape after, String metric, String... labels) {
        return Math.round(after.value(metric, labels) - before.value(metric, labels));
    }

    private static String vote(String device) {
        return "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"device_id\":\"" + device + "\"}";
    }

    /** A socket from a client behind the trusted proxy, with its own address. */
    private static WebSocketProbe connectFrom(URI uri, String address) throws Exception {
        return WebSocketProbe.connect(uri, Map.of("X-Forwarded-For", address));
    }
}
