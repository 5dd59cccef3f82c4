package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Chat over its REST API and real WebSocket clients, on the chat module at /chat. */
class ChatIT extends ServerIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.chat();
    }

    @Test
    void openApiGivesEveryChatErrorItsJsonBody() throws Exception {
        OpenApiDocument openApi = OpenApiDocument.of(endpoints);
        String login = openApi.pathEndingWith("/api/auth/login");
        String rooms = openApi.pathEndingWith("/api/chatrooms");
        assertEquals(
                Map.of("400", "ErrorBody", "401", "ErrorBody", "409", "ErrorBody", "429", "ErrorBody"),
                openApi.errors(login, "POST"));
        assertEquals("No, invalid or expired token", openApi.description(rooms, "GET", "401"));
        assertEquals("ErrorBody", openApi.errors(rooms, "GET").get("401"));
        // Served under /api like the admin API, the chat's operations still get only their own errors
        assertEquals(
                Map.of("400", "ErrorBody", "401", "ErrorBody", "403", "ErrorBody", "404", "ErrorBody"),
                openApi.errors(rooms, "POST"));
        assertEquals(Set.of("error"), openApi.schemaProperties("ErrorBody"));
    }

    @Test
    void signupLoginAndTokensAnswerWithTheOldStatuses() throws Exception {
        assertStatus(
                ChatClient.call(endpoints, "POST", "/chat/api/auth/signup", "{\"username\":\"x\"}", null),
                400,
                "username and password are required");
        ChatClient.signup(endpoints, "taken-" + run);
        assertStatus(
                ChatClient.call(
                        endpoints,
                        "POST",
                        "/chat/api/auth/signup",
                        "{\"username\":\"taken-" + run + "\",\"password\":\"p-secret\"}",
                        null),
                409,
                "Username taken-" + run + " is taken");
        assertStatus(
                ChatClient.call(
                        endpoints,
                        "POST",
                        "/chat/api/auth/login",
                        "{\"username\":\"taken-" + run + "\",\"password\":\"wrong\"}",
                        null),
                401,
                "Invalid username or password");
        assertStatus(ChatClient.call(endpoints, "GET", "/chat/api/chatrooms", null, null), 401, "Missing token");
        assertStatus(
                ChatClient.call(endpoints, "GET", "/chat/api/chatrooms", null, "forged.token.value"),
                401,
                "Invalid or expired token");
        JsonObject batch = (JsonObject) ChatClient.json(ChatClient.call(
                        endpoints,
                        "POST",
                        "/chat/api/auth/signup-batch",
                        "{\"users\":[{\"username\":\"b1-" + run + "\",\"password\":\"p-secret\"},{\"username\":\"taken-"
                                + run + "\",\"password\":\"p-secret\"}]}",
                        null)
                .body());
        assertEquals(
                List.of("b1-" + run), batch.getJsonArray("created").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, batch.getJsonArray("errors").size());
        assertEquals(
                "taken-" + run, batch.getJsonArray("errors").getJsonObject(0).getString("username"));
        assertEquals(
                "Username taken-" + run + " is taken",
                batch.getJsonArray("errors").getJsonObject(0).getString("error"));
        JsonObject logins = (JsonObject) ChatClient.json(ChatClient.call(
                        endpoints,
                        "POST",
                        "/chat/api/auth/login-batch",
                        "{\"users\":[{\"username\":\"b1-" + run + "\",\"password\":\"p-secret\"},{\"username\":\"taken-"
                                + run + "\",\"password\":\"wrong\"}]}",
                        null)
                .body());
        assertEquals(1, logins.getJsonArray("results").size());
        JsonObject issued = logins.getJsonArray("results").getJsonObject(0);
        assertEquals("b1-" + run, issued.getString("username"));
        assertEquals(1, logins.getJsonArray("errors").size());
        assertEquals(
                "taken-" + run, logins.getJsonArray("errors").getJsonObject(0).getString("username"));
        assertEquals(
                "Invalid username or password",
                logins.getJsonArray("errors").getJsonObject(0).getString("error"));
        // the batch's token is a working one, on REST and on the socket
        assertEquals(
                200,
                ChatClient.call(endpoints, "GET", "/chat/api/chatrooms", null, issued.getString("token"))
                        .statusCode());
        WebSocketProbe batchSocket =
                WebSocketProbe.connect(endpoints.ws("/chat/ws?token=" + issued.getString("token")));
        assertEquals("ready", batchSocket.next("ready", WAIT).getString("type"));
        batchSocket.close();
        assertEquals(
                4001,
                WebSocketProbe.connect(endpoints.ws("/chat/ws?token=forged")).awaitCloseCode(WAIT));
    }

    @Test
    void tokensWithAWrongSignatureIssuerOrExpiryAreRefusedOnRestAndSocket() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "jwt-" + run);
        SignedJWT issued = SignedJWT.parse(alice.token());
        // Signed RS256 with the suite's configured key; the public key alone verifies it, as another service would
        assertEquals(JWSAlgorithm.RS256, issued.getHeader().getAlgorithm());
        assertTrue(issued.verify(new RSASSAVerifier((RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(System.getenv("MP_JWT_VERIFY_PUBLICKEY")))))));
        JWTClaimsSet genuine = issued.getJWTClaimsSet();
        // The claims re-signed with the suite's key are accepted: the forgeries below differ in one thing each
        PrivateKey suiteKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getDecoder().decode(System.getenv("OVOZ_CHAT_JWT_PRIVATE_KEY"))));
        String resigned = sign(genuine, suiteKey);
        assertEquals(
                200,
                ChatClient.call(endpoints, "GET", "/chat/api/chatrooms", null, resigned)
                        .statusCode());
        WebSocketProbe byHeader =
                WebSocketProbe.connect(endpoints.ws("/chat/ws"), Map.of("Authorization", "Bearer " + resigned));
        byHeader.next("ready", WAIT);
        byHeader.close();
        WebSocketProbe byQuery = WebSocketProbe.connect(endpoints.ws("/chat/ws?token=" + resigned));
        byQuery.next("ready", WAIT);
        byQuery.close();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Instant past = Instant.now().minus(Duration.ofHours(2));
        SignedJWT hs256 = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                genuine);
        hs256.sign(new MACSigner("a-secret-as-chat-tokens-had-before-0123456789".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> forged = Map.of(
                "wrong signature", sign(genuine, rsa.generateKeyPair().getPrivate()),
                "wrong issuer",
                        sign(
                                new JWTClaimsSet.Builder(genuine)
                                        .issuer("someone-else")
                                        .build(),
                                suiteKey),
                "expired",
                        sign(
                                new JWTClaimsSet.Builder(genuine)
                                        .issueTime(Date.from(past))
                                        .expirationTime(Date.from(past.plusSeconds(60)))
                                        .build(),
                                suiteKey),
                "HS256, as before MicroProfile JWT", hs256.serialize());
        for (Map.Entry<String, String> token : forged.entrySet()) {
            assertStatus(
                    ChatClient.call(endpoints, "GET", "/chat/api/chatrooms", null, token.getValue()),
                    401,
                    "Invalid or expired token");
            assertEquals(
                    4001,
                    WebSocketProbe.connect(endpoints.ws("/chat/ws?token=" + token.getValue()))
                            .awaitCloseCode(WAIT),
                    token.getKey());
            assertEquals(
                    4001,
                    WebSocketProbe.connect(
                                    endpoints.ws("/chat/ws"), Map.of("Authorization", "Bearer " + token.getValue()))
                            .awaitCloseCode(WAIT),
                    token.getKey());
        }
        // A refused token does not stand in the way of logging in again
        assertEquals(
                200,
                ChatClient.call(
                                endpoints,
                                "POST",
                                "/chat/api/auth/login",
                                "{\"username\":\"jwt-" + run + "\",\"password\":\"secret-jwt-" + run + "\"}",
                                forged.get("expired"))
                        .statusCode());
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void nonMembersCannotSendReadOrInviteAndUnknownRoomsAre404() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "alice-" + run);
        ChatClient mallory = ChatClient.signup(endpoints, "mallory-" + run);
        long room = alice.createRoom("Private " + run);
        WebSocketProbe socket = mallory.connect();
        JsonObject refused = socket.ask(send(room, "let me in", "m-1"), "error");
        assertEquals("You are not a member of room " + room, refused.getString("message"));
        assertEquals("m-1", refused.getString("clientMsgId"));
        assertStatus(
                mallory.call("GET", "/chat/api/chatrooms/" + room + "/messages", null),
                403,
                "You are not a member of room " + room);
        assertStatus(
                mallory.call(
                        "POST", "/chat/api/chatrooms/" + room + "/invite", "{\"usernames\":[\"mallory-" + run + "\"]}"),
                403,
                "You are not a member of room " + room);
        assertStatus(alice.call("GET", "/chat/api/chatrooms/999999999/messages", null), 404, "No room 999999999");
        assertEquals(0, ((JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages", null)).size());
    }

    @Test
    void aThousandMessagesFromTenSendersAreStoredOnceAckedAndDeliveredInOneOrder() throws Exception {
        int senders = 10;
        int each = 100;
        List<ChatClient> users = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            users.add(ChatClient.signup(endpoints, "s" + i + "-" + run));
        }
        ChatClient listener = ChatClient.signup(endpoints, "listener-" + run);
        String[] names = users.stream().map(user -> user.username).toArray(String[]::new);
        long room = listener.createRoom("Storm " + run, names);
        WebSocketProbe ear = listener.connect();
        List<WebSocketProbe> sockets = new ArrayList<>();
        for (ChatClient user : users) {
            sockets.add(user.connect());
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> sending = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            WebSocketProbe socket = sockets.get(s);
            int sender = s;
            sending.add(pool.submit(() -> {
                for (int m = 0; m < each; m++) {
                    socket.send(send(room, "message " + m + " from " + sender, sender + "-" + m));
                }
                return null;
            }));
        }
        for (Future<?> future : sending) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int total = senders * each;
        List<Long> heard = messageIds(ear, total);
        assertEquals(total, new HashSet<>(heard).size(), "every message delivered once");
        for (int s = 0; s < senders; s++) {
            Received received = drain(sockets.get(s), total, each);
            assertEquals(heard, received.messages(), "member " + s + " saw the listener's order");
            assertEquals(each, received.acks().size(), "member " + s + " got an ack per message");
        }
        List<Long> history = history(listener, room);
        assertEquals(heard, history, "history returns the order members saw, without gaps or duplicates");
    }

    @Test
    void openApiDocumentNamesTheFieldsTheChatReallySends() throws Exception {
        String credentials = "{\"username\":\"doc-" + run + "\",\"password\":\"secret-doc-" + run + "\"}";
        assertEquals(
                201,
                ChatClient.call(endpoints, "POST", "/chat/api/auth/signup", credentials, null)
                        .statusCode());
        JsonObject token = AdminApi.json(ChatClient.call(endpoints, "POST", "/chat/api/auth/login", credentials, null)
                .body());
        ChatClient alice = ChatClient.signup(endpoints, "doc-alice-" + run);
        long room = alice.createRoom("Documented " + run);
        alice.connect().ask(send(room, "hello", "doc-1"), "ack");
        OpenApiDocument openApi = OpenApiDocument.of(endpoints);

        assertEquals("Ovoz API", openApi.title());
        // Payara lists the paths without the module's context root (/chat), which its servers carry
        Map<String, JsonObject> answers = Map.of(
                "POST /api/auth/login",
                token,
                "GET /api/chatrooms",
                ((JsonArray) alice.ok("GET", "/chat/api/chatrooms", null)).getJsonObject(0),
                "GET /api/chatrooms/{roomId}/messages",
                ((JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages", null)).getJsonObject(0));
        answers.forEach((operation, answer) -> {
            String[] parts = operation.split(" ");
            Set<String> documented = openApi.responseProperties(parts[1], parts[0]);
            assertTrue(
                    documented.containsAll(answer.keySet()),
                    operation + " sends " + answer.keySet() + ", the document says " + documented);
        });
    }

    @Test
    void aResentClientMsgIdIsStoredOnceAndAckedAgainWithTheSameId() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "resend-" + run);
        long room = alice.createRoom("Resend " + run);
        WebSocketProbe socket = alice.connect();
        MetricsScrape before = scrape();
        long first = socket.ask(send(room, "hello", "same-key"), "ack")
                .getJsonNumber("id")
                .longValue();
        long second = socket.ask(send(room, "hello", "same-key"), "ack")
                .getJsonNumber("id")
                .longValue();
        assertEquals(first, second);
        assertEquals(1, ((JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages", null)).size());
        MetricsScrape after = scrape();
        assertEquals(2, delta(before, after, "ovoz_chat_messages_total", "stage=\"accepted\""));
        assertEquals(2, delta(before, after, "ovoz_chat_messages_total", "stage=\"acked\""));
        assertEquals(
                1,
                delta(before, after, "ovoz_chat_messages_total", "stage=\"delivered\""),
                "the resend is not delivered again");
    }

    @Test
    void historyPagesBackwardsAndAReconnectingMemberGetsExactlyTheGap() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "pager-" + run);
        long room = alice.createRoom("Pages " + run);
        WebSocketProbe socket = alice.connect();
        assertEquals(
                room,
                socket.next("ready", WAIT)
                        .getJsonArray("rooms")
                        .getJsonNumber(0)
                        .longValue(),
                "the open handler says when the socket receives its rooms live");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(socket.ask(send(room, "m" + i, "p-" + i), "ack")
                    .getJsonNumber("id")
                    .longValue());
        }
        JsonArray newest = (JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages?limit=10", null);
        assertEquals(ids.subList(15, 25), ids(newest));
        JsonArray older = (JsonArray)
                alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages?limit=10&before=" + ids.get(15), null);
        assertEquals(ids.subList(5, 15), ids(older));
        JsonArray gap =
                (JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages?after=" + ids.get(19), null);
        assertEquals(ids.subList(20, 25), ids(gap));
        assertEquals("m24", gap.getJsonObject(4).getString("content"));
        assertEquals("pager-" + run, gap.getJsonObject(4).getString("sender"));
        assertStatus(
                alice.call("GET", "/chat/api/chatrooms/" + room + "/messages?limit=0", null),
                400,
                "limit must be between 1 and 200");
    }

    @Test
    void aClientMsgIdResentInTheSameBatchIsStoredOnceAndBothFramesAckedWithTheSameId() throws Exception {
        Member member = member("twice", "Twice");
        WebSocketProbe socket = member.socket();
        // back to back, so that both usually reach the same flush
        socket.send(send(member.room(), "once", "twice-key"));
        socket.send(send(member.room(), "once", "twice-key"));
        JsonObject first = socket.next("ack", WAIT);
        JsonObject second = socket.next("ack", WAIT);
        assertEquals("twice-key", first.getString("clientMsgId"));
        assertEquals("twice-key", second.getString("clientMsgId"));
        assertEquals(
                first.getJsonNumber("id").longValue(),
                second.getJsonNumber("id").longValue());
        JsonArray history =
                (JsonArray) member.client().ok("GET", "/chat/api/chatrooms/" + member.room() + "/messages", null);
        assertEquals(List.of(first.getJsonNumber("id").longValue()), ids(history));
        assertEquals("once", history.getJsonObject(0).getString("content"));
    }

    @Test
    void historyWithoutALimitGivesTheNewestFiftyAndLimitsOutsideOneToTwoHundredAre400() throws Exception {
        Member member = member("limits", "Limits");
        ChatClient alice = member.client();
        long room = member.room();
        WebSocketProbe socket = member.socket();
        int sent = 51;
        for (int i = 0; i < sent; i++) {
            socket.send(send(room, "l" + i, "l-" + i));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            ids.add(socket.next("ack", WAIT).getJsonNumber("id").longValue());
        }
        ids.sort(null);
        String messages = "/chat/api/chatrooms/" + room + "/messages";
        assertEquals(ids.subList(1, sent), ids((JsonArray) alice.ok("GET", messages, null)), "the default page is 50");
        assertEquals(ids, ids((JsonArray) alice.ok("GET", messages + "?limit=200", null)), "200 is allowed");
        assertEquals(ids.subList(0, 1), ids((JsonArray) alice.ok("GET", messages + "?before=" + ids.get(1), null)));
        assertStatus(alice.call("GET", messages + "?limit=201", null), 400, "limit must be between 1 and 200");
        assertStatus(alice.call("GET", messages + "?limit=-1", null), 400, "limit must be between 1 and 200");
        assertStatus(
                alice.call("GET", messages + "?before=" + ids.get(5) + "&after=" + ids.get(1), null),
                400,
                "Use before or after, not both");
    }

    @Test
    void leaveRoomStopsDeliveryToTheSocketAndJoinRoomStartsItAgain() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "speaker-" + run);
        ChatClient bob = ChatClient.signup(endpoints, "hearer-" + run);
        ChatClient mallory = ChatClient.signup(endpoints, "outsider-" + run);
        long room = alice.createRoom("Join leave " + run, bob.username());
        WebSocketProbe aliceSocket = alice.connect();
        aliceSocket.next("ready", WAIT);
        WebSocketProbe bobSocket = bob.connect();
        bobSocket.next("ready", WAIT);

        bobSocket.send("{\"type\":\"leave_room\",\"roomId\":" + room + "}");
        assertEquals(
                room, bobSocket.next("left_room", WAIT).getJsonNumber("roomId").longValue());
        long missed = aliceSocket
                .ask(send(room, "while away", "jl-1"), "ack")
                .getJsonNumber("id")
                .longValue();
        bobSocket.send("{\"type\":\"join_room\",\"roomId\":" + room + "}");
        // frames reach a socket in order: anything delivered before the join comes before joined_room
        String afterLeaving = bobSocket.nextFrame(WAIT);
        assertTrue(afterLeaving != null, "join_room is answered");
        JsonObject joined = ChatClient.json(afterLeaving).asJsonObject();
        assertEquals("joined_room", joined.getString("type"), afterLeaving);
        assertEquals(room, joined.getJsonNumber("roomId").longValue());
        long heard = aliceSocket
                .ask(send(room, "back again", "jl-2"), "ack")
                .getJsonNumber("id")
                .longValue();
        JsonObject message = bobSocket.next("message", WAIT);
        assertEquals(heard, message.getJsonNumber("id").longValue(), "the message sent while away was not delivered");
        assertEquals("back again", message.getString("content"));
        assertEquals(
                List.of(missed, heard),
                ids((JsonArray) bob.ok("GET", "/chat/api/chatrooms/" + room + "/messages", null)),
                "still a member: history has both");

        WebSocketProbe outsider = mallory.connect();
        outsider.next("ready", WAIT);
        JsonObject refused =
                outsider.ask("{\"type\":\"join_room\",\"roomId\":" + room + ",\"clientMsgId\":\"jl-3\"}", "error");
        assertEquals("You are not a member of room " + room, refused.getString("message"));
        assertEquals("jl-3", refused.getString("clientMsgId"));
    }

    @Test
    void badFramesGetErrorsAndTheConnectionCarriesOn() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "frames-" + run);
        long room = alice.createRoom("Frames " + run);
        WebSocketProbe socket = alice.connect();
        assertEquals("Message is not valid JSON", socket.ask("{oops", "error").getString("message"));
        assertEquals(
                "Unknown message type: shout",
                socket.ask("{\"type\":\"shout\",\"roomId\":" + room + "}", "error")
                        .getString("message"));
        assertEquals(
                "Missing or invalid field: roomId",
                socket.ask("{\"type\":\"send_message\",\"content\":\"x\"}", "error")
                        .getString("message"));
        assertEquals(
                "content must not be empty",
                socket.ask(send(room, "  ", "e-1"), "error").getString("message"));
        assertEquals(
                "content is longer than 4000 characters",
                socket.ask(send(room, "x".repeat(4001), "e-2"), "error").getString("message"));
        JsonObject ack = socket.ask(send(room, "<b>still here</b>", "e-3"), "ack");
        assertEquals("e-3", ack.getString("clientMsgId"));
        JsonArray history = (JsonArray) alice.ok("GET", "/chat/api/chatrooms/" + room + "/messages", null);
        assertEquals("<b>still here</b>", history.getJsonObject(0).getString("content"), "stored as sent");
    }

    @Test
    void invitesReachOpenSocketsAndTheLastMemberLeavingDeletesTheRoom() throws Exception {
        ChatClient alice = ChatClient.signup(endpoints, "host-" + run);
        ChatClient bob = ChatClient.signup(endpoints, "guest-" + run);
        long room = alice.createRoom("Invite " + run);
        WebSocketProbe bobSocket = bob.connect();
        alice.ok("POST", "/chat/api/chatrooms/" + room + "/invite", "{\"usernames\":[\"guest-" + run + "\"]}");
        assertEquals(
                room,
                bobSocket.next("joined_room", WAIT).getJsonNumber("roomId").longValue());
        WebSocketProbe aliceSocket = alice.connect();
        aliceSocket.ask(send(room, "welcome", "w-1"), "ack");
        assertEquals("welcome", bobSocket.next("message", WAIT).getString("content"));
        assertTrue(((JsonArray) bob.ok("GET", "/chat/api/chatrooms", null))
                .stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == room));

        assertFalse(
                ((JsonObject) bob.ok("POST", "/chat/api/chatrooms/" + room + "/leave", null)).getBoolean("deleted"));
        assertEquals(
                room, bobSocket.next("left_room", WAIT).getJsonNumber("roomId").longValue());
        assertEquals(
                "You are not a member of room " + room,
                bobSocket.ask(send(room, "still?", "w-2"), "error").getString("message"));
        assertTrue(
                ((JsonObject) alice.ok("POST", "/chat/api/chatrooms/" + room + "/leave", null)).getBoolean("deleted"));
        assertStatus(alice.call("GET", "/chat/api/chatrooms/" + room + "/messages", null), 404, "No room " + room);
    }

    @Test
    void wrongPasswordsBackOffPerAccountAndAnotherAccountFromTheAddressIsNotHeld() throws Exception {
        ChatClient.signup(endpoints, "guessed-" + run);
        ChatClient.signup(endpoints, "neighbour-" + run);
        String from = "192.0.2." + (10 + Math.abs(run.hashCode() % 200));
        for (int i = 0; i < 6; i++) {
            assertStatus(login(from, "guessed-" + run, "wrong-" + i), 401, "Invalid username or password");
        }
        HttpResponse<String> refused = login(from, "guessed-" + run, "secret-guessed-" + run);
        assertStatus(refused, 429, "Too many failed logins; try again in 1 s");
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(
                200,
                login(from, "neighbour-" + run, "secret-neighbour-" + run).statusCode(),
                "six failures are below the address's free ones");
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> after = refused;
        while (after.statusCode() == 429 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = login(from, "guessed-" + run, "secret-guessed-" + run);
        }
        assertEquals(200, after.statusCode(), "the right password works once the wait is over");
    }

    @Test
    void batchesOverTheCapAndShortPasswordsAreRefusedAndBatchCallsAreThrottledPerAddress() throws Exception {
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            users.append(i == 0 ? "" : ",")
                    .append("{\"username\":\"cap")
                    .append(i)
                    .append('-')
                    .append(run)
                    .append("\",\"password\":\"long-enough\"}");
        }
        String from = "192.0.2." + (10 + Math.abs((run + "b").hashCode() % 200));
        assertStatus(
                ChatClient.postFrom(from, endpoints, "/chat/api/auth/signup-batch", "{\"users\":[" + users + "]}"),
                400,
                "At most 100 users per batch");
        assertStatus(
                ChatClient.call(
                        endpoints,
                        "POST",
                        "/chat/api/auth/signup",
                        "{\"username\":\"short-" + run + "\",\"password\":\"seven77\"}",
                        null),
                400,
                "password must have at least 8 characters");
        for (int call = 0; call < 5; call++) {
            assertEquals(
                    200,
                    ChatClient.postFrom(from, endpoints, "/chat/api/auth/login-batch", "{\"users\":[]}")
                            .statusCode(),
                    "the burst of batch calls, call " + call);
        }
        HttpResponse<String> throttled =
                ChatClient.postFrom(from, endpoints, "/chat/api/auth/signup-batch", "{\"users\":[]}");
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void chatSocketsOverThePerUserCapAreRefusedWith4029() throws Exception {
        // three per user in integration-tests/pom.xml
        ChatClient alice = ChatClient.signup(endpoints, "tabs-" + run);
        List<WebSocketProbe> tabs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tabs.add(alice.connect());
            assertEquals("ready", tabs.get(i).next("ready", WAIT).getString("type"));
        }
        assertEquals(4029, alice.connect().awaitCloseCode(WAIT));
        tabs.remove(0).close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean admitted = false;
        while (!admitted && System.nanoTime() < deadline) {
            admitted = alice.connect().admitted(WAIT);
        }
        assertTrue(admitted, "a closed tab makes room");
    }

    @Test
    void aBurstOfJoinRoomFramesOverTheRateLimitGetsRateLimitedErrors() throws Exception {
        Member member = member("joiner", "Joins");
        long room = member.room();
        WebSocketProbe socket = member.socket();
        int frames = 300;
        for (int i = 0; i < frames; i++) {
            socket.send("{\"type\":\"join_room\",\"roomId\":" + room + ",\"clientMsgId\":\"j-" + i + "\"}");
        }
        int joined = 0;
        int limited = 0;
        for (int i = 0; i < frames; i++) {
            String frame = socket.nextFrame(WAIT);
            assertTrue(frame != null, "every frame is answered");
            JsonObject json = ChatClient.json(frame).asJsonObject();
            if ("error".equals(json.getString("type"))) {
                assertEquals("rate_limited", json.getString("code"), frame);
                assertTrue(json.getString("clientMsgId").startsWith("j-"), frame);
                limited++;
            } else {
                assertEquals("joined_room", json.getString("type"), frame);
                joined++;
            }
        }
        assertTrue(limited > 0, "over the burst of 100 at 50 a second: " + joined + " joined");
        assertTrue(joined >= 100, "the burst itself is served: " + joined);
    }

    private record Member(ChatClient client, long room, WebSocketProbe socket) {}

    /** A new user with a room of their own and an open socket that has said {@code ready}. */
    private Member member(String name, String room) throws Exception {
        ChatClient client = ChatClient.signup(endpoints, name + "-" + run);
        long id = client.createRoom(room + " " + run);
        WebSocketProbe socket = client.connect();
        socket.next("ready", WAIT);
        return new Member(client, id, socket);
    }

    private HttpResponse<String> login(String from, String username, String password) throws Exception {
        return ChatClient.postFrom(
                from,
                endpoints,
                "/chat/api/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void twoPeopleExchangeMessagesInTheChatPage() throws Exception {
        ChatClient.signup(endpoints, "page-a-" + run);
        ChatClient.signup(endpoints, "page-b-" + run);
        WebDriver alice = Browser.start();
        WebDriver bob = Browser.start();
        try {
            login(alice, "page-a-" + run);
            login(bob, "page-b-" + run);
            alice.findElement(By.id("room-name")).sendKeys("Browser room " + run);
            alice.findElement(By.id("room-participants")).sendKeys("page-b-" + run);
            alice.findElement(By.cssSelector("#new-room button")).click();
            new WebDriverWait(bob, WAIT)
                    .until(d -> !d.findElements(By.cssSelector("#rooms button")).isEmpty());
            bob.findElement(By.cssSelector("#rooms button")).click();
            new WebDriverWait(alice, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
            alice.findElement(By.id("content")).sendKeys("Salom <b>Bob</b>!");
            alice.findElement(By.cssSelector("#composer button")).click();
            WebElement received = new WebDriverWait(bob, WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li .content")));
            assertEquals("Salom <b>Bob</b>!", received.getText(), "shown as sent, not as HTML");
            new WebDriverWait(bob, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
            bob.findElement(By.id("content")).sendKeys("Va alaykum assalom");
            bob.findElement(By.cssSelector("#composer button")).click();
            new WebDriverWait(alice, WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Va alaykum assalom"));
            Browser.screenshot(alice, "chat-alice");
            Browser.screenshot(bob, "chat-bob");
        } finally {
            alice.quit();
            bob.quit();
        }
    }

    @Test
    void twoPeopleInDifferentRoomsSeeUnreadCountsAndAMessageWrittenOfflineIsResentOnce() throws Exception {
        ChatClient.signup(endpoints, "unread-a-" + run);
        ChatClient.signup(endpoints, "unread-b-" + run);
        WebDriver alice = Browser.start();
        WebDriver bob = Browser.start();
        try {
            bob.manage().window().setSize(new Dimension(390, 844));
            login(alice, "unread-a-" + run);
            login(bob, "unread-b-" + run);
            createRoom(alice, "Lobby " + run, "unread-b-" + run);
            createRoom(alice, "Office " + run, "unread-b-" + run);
            // Bob reads the lobby while Alice, in the office, writes twice
            new WebDriverWait(bob, WAIT)
                    .until(d -> d.findElements(By.cssSelector("#rooms button")).size() == 2);
            openRoom(bob, "Lobby " + run);
            send(alice, "First in the office");
            send(alice, "Second in the office");
            new WebDriverWait(bob, WAIT).until(d -> "2".equals(unread(d, "Office " + run)));
            assertEquals("", unread(bob, "Lobby " + run), "the open room has nothing unread");
            PageChecks.accessible(bob, false);
            Browser.screenshot(bob, "chat-unread");
            openRoom(bob, "Office " + run);
            new WebDriverWait(bob, WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("messages"), "Second in the office"));
            assertEquals("", unread(bob, "Office " + run), "opening a room reads it");
            assertEquals(1, bob.findElements(By.cssSelector("#messages li.day")).size(), "one day, one separator");
            assertEquals(
                    2,
                    alice.findElements(By.cssSelector("#messages li.own[data-state='acked']"))
                            .size(),
                    "Alice's own, acknowledged");

            // Bob's phone loses the network: a banner, and what he writes waits
            ((JavascriptExecutor) bob).executeScript("window.dispatchEvent(new Event('offline'))");
            new WebDriverWait(bob, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
            send(bob, "Written offline");
            assertEquals(
                    "pending",
                    bob.findElement(By.cssSelector("#messages li.own")).getAttribute("data-state"));
            Browser.screenshot(bob, "chat-offline-pending");
            ((JavascriptExecutor) bob).executeScript("window.dispatchEvent(new Event('online'))");
            new WebDriverWait(bob, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
            new WebDriverWait(bob, WAIT)
                    .until(d -> d.findElements(By.cssSelector("#messages li.own[data-state='acked']"))
                                    .size()
                            == 1);
            new WebDriverWait(alice, WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Written offline"));
            assertEquals(
                    1,
                    alice.findElements(By.xpath("//ol[@id='messages']/li[contains(., 'Written offline')]"))
                            .size(),
                    "resent, stored once");
            assertEquals(
                    1,
                    bob.findElements(By.xpath("//ol[@id='messages']/li[contains(., 'Written offline')]"))
                            .size(),
                    "shown once to its writer");
            Browser.screenshot(bob, "chat-resent");
            Browser.screenshot(alice, "chat-alice-office");
        } catch (RuntimeException | AssertionError e) {
            Browser.keepFailure(alice, "chat-alice-failure");
            Browser.keepFailure(bob, "chat-bob-failure");
            throw e;
        } finally {
            alice.quit();
            bob.quit();
        }
    }

    private static void createRoom(WebDriver driver, String name, String participant) {
        driver.findElement(By.id("room-name")).sendKeys(name);
        driver.findElement(By.id("room-participants")).sendKeys(participant);
        driver.findElement(By.cssSelector("#new-room button")).click();
        new WebDriverWait(driver, WAIT)
                .until(d -> d.findElement(By.id("room-title")).getText().startsWith(name + " — "));
    }

    private static void send(WebDriver driver, String text) {
        driver.findElement(By.id("content")).sendKeys(text);
        driver.findElement(By.cssSelector("#composer button")).click();
    }

    private static WebElement roomButton(WebDriver driver, String name) {
        return driver.findElement(By.xpath("//ul[@id='rooms']//button[contains(., '" + name + "')]"));
    }

    /** The room's unread count as the list shows it, read in one step: the list is redrawn as messages arrive. */
    private static String unread(WebDriver driver, String room) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "const button = [...document.querySelectorAll('#rooms button')].find((b) => b.textContent.includes(arguments[0]));"
                                + "const badge = button && button.querySelector('.unread');"
                                + "return badge ? badge.firstChild.textContent : '';",
                        room);
    }

    private static void openRoom(WebDriver driver, String name) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    roomButton(d, name).click();
                    return true;
                });
        new WebDriverWait(driver, WAIT)
                .until(d -> d.findElement(By.id("room-title")).getText().startsWith(name + " — "));
    }

    private void login(WebDriver driver, String username) {
        driver.get(endpoints.http("/chat/").toString());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("secret-" + username);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("rooms-title")));
    }

    private MetricsScrape scrape() throws Exception {
        return new MetricsScrape(endpoints.get("/metrics").body());
    }

    private static long delta(MetricsScrape before, MetricsScrape after, String metric, String... labels) {
        return Math.round(after.value(metric, labels) - before.value(metric, labels));
    }

    private record Received(List<Long> messages, Set<String> acks) {}

    private static List<Long> messageIds(WebSocketProbe socket, int count) throws Exception {
        return drain(socket, count, 0).messages();
    }

    /** Reads frames until {@code messages} messages and {@code acks} acks have arrived. */
    private static Received drain(WebSocketProbe socket, int messages, int acks) throws Exception {
        List<Long> ids = new ArrayList<>();
        Set<String> acked = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((ids.size() < messages || acked.size() < acks) && System.nanoTime() < deadline) {
            String frame = socket.nextFrame(Duration.ofSeconds(5));
            if (frame == null) {
                continue;
            }
            JsonObject json = ChatClient.json(frame).asJsonObject();
            switch (json.getString("type")) {
                case "message" -> ids.add(json.getJsonNumber("id").longValue());
                case "ack" -> acked.add(json.getString("clientMsgId"));
                case "error" -> throw new AssertionError("error frame " + frame);
                default -> {}
            }
        }
        return new Received(ids, acked);
    }

    private static List<Long> history(ChatClient client, long room) throws Exception {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonArray page = (JsonArray)
                    client.ok("GET", "/chat/api/chatrooms/" + room + "/messages?limit=200&after=" + after, null);
            if (page.isEmpty()) {
                return ids;
            }
            ids.addAll(ids(page));
            after = ids.get(ids.size() - 1);
        }
    }

    private static List<Long> ids(JsonArray messages) {
        return messages.stream()
                .map(JsonValue::asJsonObject)
                .map(m -> m.getJsonNumber("id").longValue())
                .toList();
    }

    private static String send(long room, String content, String clientMsgId) {
        return "{\"type\":\"send_message\",\"roomId\":" + room + ",\"content\":\"" + content + "\",\"clientMsgId\":\""
                + clientMsgId + "\"}";
    }

    @Test
    void chatSocketRefusesAHandshakeFromAnotherOriginAndAcceptsItsOwn() throws Exception {
        ChatClient member = ChatClient.signup(endpoints, "origin-" + run);
        AssertionError refused =
                assertThrows(AssertionError.class, () -> member.connect(Map.of("Origin", HostileRequestsIT.EVIL)));
        assertTrue(refused.getMessage().contains("answered 403"), refused.getMessage());
        for (Map<String, String> headers :
                List.of(Map.of("Origin", "http://127.0.0.1:" + url.getPort()), Map.<String, String>of())) {
            WebSocketProbe socket = member.connect(headers);
            assertEquals("ready", socket.next("ready", WAIT).getString("type"), headers.toString());
            socket.close();
        }
    }

    @Test
    void chatPageAndApiCarryTheProtectiveHeaders() throws Exception {
        ChatClient member = ChatClient.signup(endpoints, "headers-" + run);
        HttpResponse<String> page = endpoints.get("/chat/");
        assertEquals(200, page.statusCode());
        HostileRequestsIT.assertProtected("/chat/", page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';"), policy);
        HttpResponse<String> rooms = member.call("GET", "/chat/api/chatrooms", null);
        assertEquals(200, rooms.statusCode());
        HostileRequestsIT.assertProtected("/chat/api/chatrooms", rooms);
    }

    @Test
    void basicCredentialsOnChatPathsAreNotChecked() throws Exception {
        double before = new MetricsScrape(endpoints.get("/metrics").body()).value("ovoz_password_checks_total");
        for (int i = 0; i < 20; i++) {
            String stranger = HostileRequestsIT.basic("stranger-" + UUID.randomUUID(), "guess");
            for (String path : List.of("/chat/", "/chat/api/chatrooms")) {
                HttpRequest request = HttpRequest.newBuilder(endpoints.http(path))
                        .timeout(WAIT)
                        .header("Authorization", stranger)
                        .build();
                Endpoints.client().send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
        assertEquals(before, new MetricsScrape(endpoints.get("/metrics").body()).value("ovoz_password_checks_total"));
    }

    private static void assertStatus(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, ChatClient.json(response.body()).asJsonObject().getString("error"));
    }
}
