package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uz.ovoz.it.AccessMatrix.Caller;
import uz.ovoz.it.AccessMatrix.SocketOutcome;

/**
 * What a hostile or merely wrong client can reach: the access matrix ({@link AccessMatrix}) played
 * cell by cell, and a bounded fuzz of every socket and JSON resource. Both modules run in one
 * Payara Micro process started here, on a database of its own (a fresh H2 file, or a fresh
 * PostgreSQL database in the PostgreSQL run), so the fuzz can show that nothing in it changed.
 */
class AttackSurfaceIT {

    private static final Path DIR = Path.of("target", "attack-surface");
    private static final String FOREIGN_ORIGIN = "http://evil.example";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Fixed, so that every build throws the same input; another seed explores further (docs/reliability.md). */
    private static final long FUZZ_SEED = Long.getLong("ovoz.it.fuzz.seed", 16058553439751L);

    private static final int FUZZ_CASES = Integer.getInteger("ovoz.it.fuzz.cases", 150);

    private static MicroInstance server;
    private static TestDatabase database;
    private static Endpoints endpoints;
    private static AdminApi admin;
    private static String consoleCookie;
    private static ChatClient member;
    private static ChatClient outsider;
    private static long outsidersRoom;

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(DIR);
        database = TestDatabase.fresh(DIR.resolve("db"), "ovoz_attack_surface");
        File voting = DIR.resolve("ROOT.war").toFile();
        File chat = DIR.resolve("chat.war").toFile();
        Deployments.voting().as(ZipExporter.class).exportTo(voting, true);
        Deployments.chat().as(ZipExporter.class).exportTo(chat, true);
        Map<String, String> environment = Map.of(
                "OVOZ_DB_URL",
                database.url(),
                "OVOZ_DB_USER",
                database.user(),
                "OVOZ_DB_PASSWORD",
                database.password(),
                "OVOZ_ADMIN_USERNAME",
                AdminApi.USER,
                "OVOZ_ADMIN_PASSWORD",
                AdminApi.PASSWORD,
                "OVOZ_CHAT_JWT_SECRET",
                "attack-surface-secret-" + "x".repeat(32));
        int gridPort = MicroInstance.freePort();
        server = MicroInstance.start(
                "attack",
                MicroInstance.freePort(),
                gridPort,
                List.of(gridPort),
                "ovoz-attack-" + UUID.randomUUID().toString().substring(0, 8),
                DIR,
                List.of(voting, chat),
                environment,
                false);
        server.awaitReady(1, Duration.ofSeconds(240));
        endpoints = server.endpoints();
        admin = new AdminApi(endpoints);
        consoleCookie = ConsoleSession.logIn(endpoints);
        String run = UUID.randomUUID().toString().substring(0, 6);
        member = ChatClient.signup(endpoints, "member" + run);
        outsider = ChatClient.signup(endpoints, "outsider" + run);
        outsidersRoom = outsider.createRoom("Outsiders " + run);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRequestGetsTheAnswerItsCallerIsOwed() {
        return AccessMatrix.REQUESTS.stream()
                .flatMap(request -> request.expected().entrySet().stream()
                        .map(cell -> DynamicTest.dynamicTest(
                                request + " as " + cell.getKey(),
                                () -> assertRequest(request, cell.getKey(), cell.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> everySocketOpensOnlyForWhoMayUseIt() {
        return AccessMatrix.SOCKETS.stream()
                .flatMap(socket -> socket.expected().entrySet().stream()
                        .map(cell -> DynamicTest.dynamicTest(
                                socket + " as " + cell.getKey(),
                                () -> assertEquals(
                                        cell.getValue(),
                                        open(fill(socket.path(), new Fixture()), cell.getKey()),
                                        socket + " as " + cell.getKey()))));
    }

    private static void assertRequest(AccessMatrix.Request request, Caller caller, int expected) throws Exception {
        Fixture fixture = new Fixture();
        String path = fill(request.path(), fixture);
        String body = request.body() == null ? null : fill(request.body(), fixture);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoints.http(path))
                .timeout(WAIT)
                .method(
                        request.method(),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        for (Map.Entry<String, String> header : headers(caller).entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        HttpResponse<String> response = Endpoints.client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), request + " as " + caller + " answered " + response.body());
        // Nothing may be read across origins either: no CORS grant to anybody
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), request + " grants CORS");
        if (expected >= 400 && path.contains("/api/")) {
            assertErrorBody(response, request + " as " + caller);
        }
    }

    /** What a caller sends along, in a request or a handshake. */
    private static Map<String, String> headers(Caller caller) {
        String ownOrigin = "http://127.0.0.1:" + server.httpPort();
        return switch (caller) {
            case ANONYMOUS -> Map.of();
            case SAME_ORIGIN_PAGE -> Map.of("Origin", ownOrigin);
            case CHAT_MEMBER -> Map.of("Authorization", "Bearer " + member.token());
            case OTHER_ROOM_MEMBER -> Map.of("Authorization", "Bearer " + outsider.token());
            case ADMIN_SCRIPT ->
                Map.of(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((AdminApi.USER + ":" + AdminApi.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)));
            case ADMIN_CONSOLE -> Map.of("Cookie", consoleCookie, "Origin", ownOrigin);
            case FOREIGN_PAGE -> Map.of("Cookie", consoleCookie, "Origin", FOREIGN_ORIGIN);
        };
    }

    private static SocketOutcome open(String path, Caller caller) throws Exception {
        String token = switch (caller) {
            case CHAT_MEMBER -> member.token();
            case OTHER_ROOM_MEMBER -> outsider.token();
            default -> null;
        };
        URI uri = endpoints.ws(path.startsWith("/chat/") && token != null ? path + "?token=" + token : path);
        WebSocket.Builder builder = Endpoints.client().newWebSocketBuilder().connectTimeout(WAIT);
        headers(caller).forEach((name, value) -> {
            // the socket's token travels in the query, as the chat page sends it
            if (!"Authorization".equals(name) || caller.name().startsWith("ADMIN")) {
                builder.header(name, value);
            }
        });
        WebSocketProbe probe = new WebSocketProbe();
        WebSocket socket;
        try {
            socket = builder.buildAsync(uri, probe).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return SocketOutcome.refused(refused.getResponse().statusCode());
            }
            throw e;
        }
        try {
            return SocketOutcome.closed(probe.awaitCloseCode(Duration.ofSeconds(2)));
        } catch (TimeoutException stillOpen) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            return SocketOutcome.OPEN;
        }
    }

    /** Fresh data for one cell of the matrix. */
    private static final class Fixture {
        private JsonObject event;
        private JsonObject draft;
        private Long candidate;
        private Long room;
        private final String unique = UUID.randomUUID().toString().substring(0, 8);

        JsonObject event() throws Exception {
            if (event == null) {
                event = admin.createEvent(
                        "Matrix " + unique,
                        "\"duration_sec\":30",
                        admin.createCandidate("First " + unique, "Dean"),
                        admin.createCandidate("Second " + unique, "Dean"));
                admin.action(event.getJsonNumber("id").longValue(), "start");
            }
            return event;
        }

        JsonObject draft() throws Exception {
            if (draft == null) {
                draft = admin.createEvent(
                        "Draft " + unique, "\"duration_sec\":30", admin.createCandidate("Only " + unique, "Dean"));
            }
            return draft;
        }

        long candidate() throws Exception {
            if (candidate == null) {
                candidate = admin.createCandidate("Candidate " + unique, "Dean");
            }
            return candidate;
        }

        long room() throws Exception {
            if (room == null) {
                room = member.createRoom("Room " + unique);
            }
            return room;
        }
    }

    private static String fill(String template, Fixture fixture) throws Exception {
        String filled = template;
        if (filled.contains("{event}")) {
            filled = filled.replace(
                    "{event}",
                    String.valueOf(fixture.event().getJsonNumber("id").longValue()));
        }
        if (filled.contains("{link}")) {
            filled = filled.replace("{link}", fixture.event().getString("link"));
        }
        if (filled.contains("{first}")) {
            filled = filled.replace(
                    "{first}",
                    String.valueOf(fixture.event()
                            .getJsonArray("candidates")
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue()));
        }
        if (filled.contains("{draft}")) {
            filled = filled.replace(
                    "{draft}",
                    String.valueOf(fixture.draft().getJsonNumber("id").longValue()));
        }
        if (filled.contains("{candidate}")) {
            filled = filled.replace("{candidate}", String.valueOf(fixture.candidate()));
        }
        if (filled.contains("{room}")) {
            filled = filled.replace("{room}", String.valueOf(fixture.room()));
        }
        return filled.replace("{outsider}", outsider.username()).replace("{unique}", fixture.unique);
    }

    @Test
    void fuzzedFramesAndBodiesGetWellFormedErrorsAndChangeNothing() throws Exception {
        FuzzInput input = new FuzzInput(FUZZ_SEED);
        String replay = " (replay with -Dovoz.it.fuzz.seed=" + FUZZ_SEED + ")";
        Fixture fixture = new Fixture();
        JsonObject event = fixture.event();
        long eventId = event.getJsonNumber("id").longValue();
        admin.ok("POST", "/events/" + eventId + "/timer", "{\"duration_sec\":600}");
        JsonObject running = admin.ok("GET", "/events/" + eventId, null);
        long current = running.getJsonArray("candidates")
                .getJsonObject(running.getInt("current_index"))
                .getJsonNumber("id")
                .longValue();
        long elsewhere = fixture.draft()
                .getJsonArray("candidates")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long ownRoom = member.createRoom("Fuzz " + fixture.unique);
        String before = database.fingerprint();

        fuzzSocket("/ws/vote/" + event.getString("link"), () -> input.voterFrame(elsewhere, current), replay);
        fuzzSocket("/ws/display/" + event.getString("link"), input::displayFrame, replay);
        fuzzSocket("/chat/ws?token=" + member.token(), () -> input.chatFrame(ownRoom, outsidersRoom), replay);
        fuzzBodies(input, eventId, replay);

        assertEquals(200, endpoints.get("/health/ready").statusCode(), "the server is still ready" + replay);
        assertEquals(before, database.fingerprint(), "fuzzed input changed the database" + replay);
    }

    private static void fuzzSocket(String path, Supplier<String> frames, String replay) throws Exception {
        WebSocketProbe probe = WebSocketProbe.connect(endpoints.ws(path));
        probe.nextFrame(Duration.ofMillis(500));
        probe.clear();
        for (int i = 0; i < FUZZ_CASES; i++) {
            String frame = frames.get();
            try {
                probe.send(frame);
            } catch (ExecutionException | TimeoutException closed) {
                probe = WebSocketProbe.connect(endpoints.ws(path));
                probe.nextFrame(Duration.ofMillis(500));
                probe.clear();
                continue;
            }
            String reply = probe.nextFrame(WAIT);
            if (reply == null) {
                int code;
                try {
                    code = probe.awaitCloseCode(Duration.ofSeconds(2));
                } catch (TimeoutException open) {
                    throw new AssertionError(path + " did not answer " + abbreviate(frame) + replay);
                }
                // only a frame over the socket's size limit may end it
                assertEquals(1009, code, path + ": " + abbreviate(frame) + " closed the socket" + replay);
                probe = WebSocketProbe.connect(endpoints.ws(path));
                probe.nextFrame(Duration.ofMillis(500));
                probe.clear();
                continue;
            }
            JsonObject answer =
                    parse(reply, path + " answered " + abbreviate(reply) + " to " + abbreviate(frame) + replay);
            assertTrue(answer.containsKey("type"), reply);
            assertFalse(
                    List.of("vote_confirmed", "ack", "code_accepted", "joined_room")
                            .contains(answer.getString("type")),
                    path + " accepted " + abbreviate(frame) + ": " + reply + replay);
            // a rate limit reached says so and is all right; let the budget refill before the next
            if (reply.contains("rate_limited") || reply.contains("Too many")) {
                Thread.sleep(150);
            }
        }
        probe.close();
    }

    private static void fuzzBodies(FuzzInput input, long eventId, String replay) throws Exception {
        List<String> adminPaths = List.of(
                "/api/events",
                "/api/candidates",
                "/api/events/" + eventId + "/current",
                "/api/events/" + eventId + "/candidates",
                "/api/events/" + eventId + "/groups",
                "/api/events/" + eventId + "/codes",
                "/api/candidates/import/csv",
                "/api/events/{bad}/stop",
                "/api/candidates/{bad}",
                "/api/events/{bad}/results");
        List<String> chatPaths = List.of(
                "/chat/api/auth/signup",
                "/chat/api/auth/login",
                "/chat/api/auth/login-batch",
                "/chat/api/auth/signup-batch",
                "/chat/api/chatrooms",
                "/chat/api/chatrooms/" + outsidersRoom + "/invite",
                "/chat/api/chatrooms/{bad}/messages?limit=-1&before=abc");
        for (int i = 0; i < FUZZ_CASES; i++) {
            boolean chat = i % 3 == 2;
            List<String> paths = chat ? chatPaths : adminPaths;
            String path = paths.get(i % paths.size()).replace("{bad}", input.badPathId());
            String method = path.endsWith("/messages?limit=-1&before=abc") || path.endsWith("/results")
                    ? "GET"
                    : path.startsWith("/api/candidates/") && !path.endsWith("/csv") ? "PUT" : "POST";
            String body = "GET".equals(method) ? null : input.jsonBody();
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.http(path))
                    .timeout(WAIT)
                    .header("Content-Type", input.contentType())
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            request.header(
                    "Authorization",
                    chat
                            ? "Bearer " + member.token()
                            : headers(Caller.ADMIN_SCRIPT).get("Authorization"));
            HttpResponse<String> response;
            try {
                response = Endpoints.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException noAnswer) {
                throw new AssertionError(
                        method + " " + path + " " + abbreviate(body) + " got no answer" + replay, noAnswer);
            }
            String what = method + " " + path + " " + abbreviate(body) + " answered " + response.statusCode() + " "
                    + abbreviate(response.body()) + replay;
            // a batch call answers 200 with an error per item; whatever the answer, the data must not move
            assertTrue(response.statusCode() < 500, what);
            if (path.contains("%00")) {
                // the HTTP layer refuses an encoded NUL in a path before any application code sees it
                assertEquals(400, response.statusCode(), what);
            } else if (response.statusCode() >= 400) {
                assertErrorBody(response, what);
            } else {
                parse(response.body(), what);
            }
        }
    }

    private static void assertErrorBody(HttpResponse<String> response, String what) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(
                type.startsWith("application/json"),
                what + ": an error in JSON, was " + type + ": " + abbreviate(response.body()));
        JsonObject error = parse(response.body(), what + ": error body " + abbreviate(response.body()));
        assertTrue(
                error.containsKey("error")
                        && error.get("error").getValueType() == JsonValue.ValueType.STRING
                        && !error.getString("error").isBlank(),
                response.body());
    }

    private static JsonObject parse(String text, String what) {
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            fail("not a JSON object: " + what, e);
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
    }
}
