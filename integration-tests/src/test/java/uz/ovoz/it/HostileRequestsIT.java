package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a page on another site can make a visitor's browser do, and what costs the server work for
 * nothing: forged admin API calls riding on the console's session, sockets opened from other origins,
 * missing protective headers, Basic credentials on public paths, and what readiness tells the public.
 * The failsafe configuration allows {@value #ALLOWED} as a further origin.
 */
class HostileRequestsIT extends VotingServerIT {

    static final String EVIL = "https://evil.example";
    static final String ALLOWED = "https://console.example.org";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private String own;

    @BeforeEach
    void ownOrigin() {
        own = "http://127.0.0.1:" + url.getPort();
    }

    @Test
    void apiRefusesACookieAuthenticatedChangeFromAnotherOrigin() throws Exception {
        String session = ConsoleSession.logIn(endpoints);
        long event = runningEvent();
        HttpResponse<String> forged = post(event, "stop", Map.of("Cookie", session, "Origin", EVIL));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("\"error\""), forged.body());
        assertEquals("active", status(event));
    }

    @Test
    void apiRefusesACookieAuthenticatedChangeThatNamesNoOrigin() throws Exception {
        String session = ConsoleSession.logIn(endpoints);
        long event = runningEvent();
        HttpResponse<String> forged = post(event, "stop", Map.of("Cookie", session));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("active", status(event));
        HttpResponse<String> foreignReferer = post(event, "stop", Map.of("Cookie", session, "Referer", EVIL + "/page"));
        assertEquals(403, foreignReferer.statusCode(), foreignReferer.body());
        assertEquals("active", status(event));
    }

    @Test
    void apiAcceptsACookieAuthenticatedChangeFromItsOwnOrAnAllowedOrigin() throws Exception {
        String session = ConsoleSession.logIn(endpoints);
        long event = runningEvent();
        assertEquals(
                200,
                post(event, "stop", Map.of("Cookie", session, "Origin", own)).statusCode());
        assertEquals("finished", status(event));
        assertEquals(
                201,
                post(event, "duplicate", Map.of("Cookie", session, "Referer", own + "/admin/"))
                        .statusCode());
        assertEquals(
                201,
                post(event, "duplicate", Map.of("Cookie", session, "Origin", ALLOWED))
                        .statusCode());
        // Reading never needs an origin
        HttpResponse<String> read = send("GET", "/api/events/" + event, Map.of("Cookie", session));
        assertEquals(200, read.statusCode(), read.body());
    }

    @Test
    void apiWithBasicCredentialsNeedsNoOriginButRefusesAForeignOne() throws Exception {
        long event = runningEvent();
        HttpResponse<String> foreign =
                post(event, "stop", Map.of("Authorization", basic(AdminApi.USER, AdminApi.PASSWORD), "Origin", EVIL));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals("active", status(event));
        assertEquals("finished", admin.action(event, "stop").getString("status"));
    }

    @Test
    void socketsRefuseAHandshakeFromAnotherOrigin() throws Exception {
        double before = refusals();
        assertRefused("/ws/vote/no-such-event", Map.of("Origin", EVIL));
        assertRefused("/ws/display/no-such-event", Map.of("Origin", EVIL));
        assertEquals(before + 2, refusals());
    }

    @Test
    void socketsAcceptTheirOwnOriginAnAllowedOneAndClientsThatSendNone() throws Exception {
        for (Map<String, String> headers : new Map[] {Map.of("Origin", own), Map.of("Origin", ALLOWED), Map.of()}) {
            // The handshake succeeds; the unknown event then closes the socket with 4004
            WebSocketProbe voter = WebSocketProbe.connect(endpoints.ws("/ws/vote/no-such-event"), headers);
            assertEquals(4004, voter.awaitCloseCode(WAIT), headers.toString());
            WebSocketProbe display = WebSocketProbe.connect(endpoints.ws("/ws/display/no-such-event"), headers);
            assertEquals(4004, display.awaitCloseCode(WAIT), headers.toString());
        }
    }

    @Test
    void consoleSocketNeedsTheConsolesOwnOrigin() throws Exception {
        String session = ConsoleSession.logIn(endpoints);
        assertRefused("/admin/live", Map.of("Cookie", session, "Origin", EVIL));
        assertRefused("/admin/live", Map.of("Cookie", session, "Origin", ALLOWED));
        assertRefused("/admin/live", Map.of("Cookie", session));
        WebSocketProbe live =
                WebSocketProbe.connect(endpoints.ws("/admin/live"), Map.of("Cookie", session, "Origin", own));
        live.close();
    }

    @Test
    void everyKindOfResponseCarriesTheProtectiveHeaders() throws Exception {
        Map<String, HttpResponse<String>> responses = new HashMap<>();
        responses.put("/", endpoints.get("/"));
        responses.put("/vote/x", endpoints.get("/vote/x"));
        responses.put("/login.xhtml", endpoints.get("/login.xhtml"));
        responses.put(
                "/api/me", send("GET", "/api/me", Map.of("Authorization", basic(AdminApi.USER, AdminApi.PASSWORD))));
        responses.forEach((path, response) -> {
            assertEquals(200, response.statusCode(), path);
            assertProtected(path, response);
        });
        String pagePolicy = responses
                .get("/vote/x")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertTrue(pagePolicy.contains("script-src 'self';"), pagePolicy);
        String consolePolicy = responses
                .get("/login.xhtml")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertTrue(consolePolicy.contains("'unsafe-eval'"), "the console's Faces scripts need eval: " + consolePolicy);
    }

    @Test
    void basicCredentialsOnPublicPathsAreNotChecked() throws Exception {
        double before = passwordChecks();
        for (int i = 0; i < 20; i++) {
            String stranger = basic("stranger-" + UUID.randomUUID(), "guess");
            assertEquals(
                    200, send("GET", "/", Map.of("Authorization", stranger)).statusCode());
            assertEquals(
                    200,
                    send("GET", "/vote/x", Map.of("Authorization", stranger)).statusCode());
        }
        assertEquals(before, passwordChecks(), "a public path checked a password");
        assertEquals(
                401,
                send("GET", "/api/me", Map.of("Authorization", basic("stranger", "guess")))
                        .statusCode());
        assertTrue(passwordChecks() > before, "the API checks the password");
    }

    @Test
    void malformedBasicCredentialsAreChallengedNeverAnError() throws Exception {
        String noColon = Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8));
        for (String header :
                new String[] {"Basic !!!not-base64!!!", "Basic " + noColon, "Basic ", "Basic", "Basic Og=="}) {
            HttpResponse<String> response = send("GET", "/api/me", Map.of("Authorization", header));
            assertEquals(401, response.statusCode(), header + ": " + response.body());
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), header);
        }
    }

    @Test
    void readinessNamesNoDatabaseErrorWhenTheDatabaseIsGone() throws Exception {
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            HttpResponse<String> ready = endpoints.get("/health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            assertFalse(
                    ready.body().contains("FATAL")
                            || ready.body().contains("accepting connections")
                            || ready.body().contains("\"error\""),
                    ready.body());
            assertTrue(ready.body().contains("unavailable"), ready.body());
        }
    }

    private void assertRefused(String path, Map<String, String> headers) {
        AssertionError refused = assertThrows(
                AssertionError.class, () -> WebSocketProbe.connect(endpoints.ws(path), headers), path + " " + headers);
        assertTrue(refused.getMessage().contains("answered 403"), refused.getMessage());
    }

    static void assertProtected(String path, HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                path);
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
    }

    private long runningEvent() throws Exception {
        long candidate = admin.createCandidate("Hostile " + UUID.randomUUID(), "Dean");
        long id = admin.createEvent("Hostile " + UUID.randomUUID(), null, candidate)
                .getJsonNumber("id")
                .longValue();
        admin.action(id, "start");
        return id;
    }

    private String status(long event) throws Exception {
        JsonObject read = admin.ok("GET", "/events/" + event, null);
        return read.getString("status");
    }

    private HttpResponse<String> post(long event, String action, Map<String, String> headers) throws Exception {
        return send("POST", "/api/events/" + event + "/" + action, headers);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.http(path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return Endpoints.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double refusals() throws Exception {
        return new MetricsScrape(endpoints.get("/metrics").body()).value("ovoz_origin_refusals_total");
    }

    private double passwordChecks() throws Exception {
        return new MetricsScrape(endpoints.get("/metrics").body()).value("ovoz_password_checks_total");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
