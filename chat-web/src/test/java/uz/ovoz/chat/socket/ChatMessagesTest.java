package uz.ovoz.chat.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import uz.ovoz.chat.control.ChatConnection;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.control.ChatSend;
import uz.ovoz.chat.control.ChatSessions;
import uz.ovoz.chat.control.ChatStored;
import uz.ovoz.chat.control.MemberCache;
import uz.ovoz.chat.control.Membership;
import uz.ovoz.chat.control.MessageFlusher;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.rate.TokenBucket;
import uz.ovoz.platform.websocket.Outbox;

/**
 * What the chat channel answers to each frame a client sends: every malformed, unknown, oversized or
 * unauthorised frame gets an {@code error} frame naming what is wrong (and its clientMsgId, when it
 * could be read), the socket carries on, and only a valid message reaches the queue.
 */
class ChatMessagesTest {

    private static final long ALICE = 1;
    private static final long ROOM = 5;

    private final List<String> sent = new ArrayList<>();
    private final List<ChatSend> queued = new ArrayList<>();
    private final List<Long> subscribed = new ArrayList<>();
    private final List<Long> unsubscribed = new ArrayList<>();
    private final List<String> counted = new ArrayList<>();
    private final ChatMessages messages = new ChatMessages();

    ChatMessagesTest() {
        messages.maxLength = 4000;
        messages.memberCache = new MemberCache();
        messages.membership = new Membership() {
            @Override
            public boolean isMember(long roomId, long userId) {
                return roomId == ROOM && userId == ALICE;
            }
        };
        messages.sessions = new ChatSessions() {
            @Override
            public void subscribe(ChatConnection connection, long roomId) {
                subscribed.add(roomId);
            }

            @Override
            public void unsubscribe(ChatConnection connection, long roomId) {
                unsubscribed.add(roomId);
            }
        };
        messages.flusher = new MessageFlusher() {
            @Override
            public CompletableFuture<ChatStored> submit(ChatSend send) {
                queued.add(send);
                // not stored yet: what follows the commit is the flusher's
                return new CompletableFuture<>();
            }
        };
        messages.metrics = new OvozMetrics() {
            @Override
            public void count(String name, String... tags) {
                counted.add(name + " " + String.join("=", tags));
            }
        };
    }

    /** Alice's socket, whose frames land in {@code sent}; {@code burst} frames before the rate limit. */
    private ChatConnection alice(int burst) {
        Session open = (Session) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Session.class},
                (proxy, method, args) -> method.getName().equals("isOpen") ? Boolean.TRUE : null);
        Outbox outbox = new Outbox(
                open,
                frame -> {
                    sent.addAll(frame.texts());
                    return CompletableFuture.completedFuture(null);
                },
                new Outbox.Backlog(100, 1_000_000),
                () -> {},
                reason -> {});
        // a clock that stands still: no token comes back during the test
        return new ChatConnection(new ChatPrincipal(ALICE, "alice"), outbox, TokenBucket.perMinute(1, burst, () -> 0L));
    }

    /** The single frame the server answered {@code text} with. */
    private JsonObject answer(String text) {
        messages.handle(alice(10), text);
        assertEquals(1, sent.size(), sent.toString());
        return Json.createReader(new StringReader(sent.get(0))).readObject();
    }

    /** The message of the error frame the server answered {@code text} with. */
    private String error(String text) {
        JsonObject frame = answer(text);
        assertEquals("error", frame.getString("type"), frame.toString());
        assertEquals(List.of(), queued, "a refused message is not queued");
        return frame.getString("message");
    }

    private static String send(String content, String clientMsgId) {
        return Json.createObjectBuilder()
                .add("type", "send_message")
                .add("roomId", ROOM)
                .add("content", content)
                .add("clientMsgId", clientMsgId)
                .build()
                .toString();
    }

    @Test
    void aFrameThatIsNotJsonIsAnswered() {
        assertEquals("Message is not valid JSON", error("hello"));
    }

    @Test
    void jsonNestedBeyondTheParsersDepthIsAnsweredAsNotJson() {
        assertEquals("Message is not valid JSON", error("[".repeat(5000)));
    }

    @Test
    void jsonThatIsNotAnObjectIsAnswered() {
        assertEquals("Message must be a JSON object", error("[1,2]"));
        sent.clear();
        assertEquals("Message must be a JSON object", error("\"send_message\""));
    }

    @Test
    void aFrameWithoutATypeIsAnsweredWithItsClientMsgId() {
        JsonObject frame = answer("{\"roomId\":5,\"clientMsgId\":\"m1\"}");
        assertEquals("Missing field: type", frame.getString("message"));
        assertEquals("m1", frame.getString("clientMsgId"));
    }

    @Test
    void aTypeThatIsNotTextCountsAsMissing() {
        assertEquals("Missing field: type", error("{\"type\":7,\"roomId\":5}"));
    }

    @Test
    void anUnknownTypeIsAnsweredByName() {
        assertEquals("Unknown message type: delete_room", error("{\"type\":\"delete_room\",\"roomId\":5}"));
    }

    @Test
    void aFrameWithoutARoomIsAnswered() {
        assertEquals("Missing or invalid field: roomId", error("{\"type\":\"join_room\"}"));
    }

    @Test
    void aRoomIdThatIsNotAWholeNumberWithinALongIsAnswered() {
        for (String roomId : List.of(
                "1.5", "\"five\"", "\"-5\"", "9223372036854775808", "\"1234567890123456789\"", "null", "true")) {
            sent.clear();
            assertEquals(
                    "Missing or invalid field: roomId",
                    error("{\"type\":\"join_room\",\"roomId\":" + roomId + "}"),
                    roomId);
        }
    }

    @Test
    void aRoomIdMayComeAsDigitsInAString() {
        assertEquals(
                "joined_room",
                answer("{\"type\":\"join_room\",\"roomId\":\"5\"}").getString("type"));
        assertEquals(List.of(ROOM), subscribed);
    }

    @Test
    void aRoomTheSenderIsNotAMemberOfIsAnswered() {
        assertEquals("You are not a member of room 6", error("{\"type\":\"join_room\",\"roomId\":6}"));
        assertEquals(List.of(), subscribed);
    }

    @Test
    void aMemberJoinsAndLeavesARoom() {
        assertEquals(
                ROOM,
                answer("{\"type\":\"join_room\",\"roomId\":5}")
                        .getJsonNumber("roomId")
                        .longValue());
        sent.clear();
        assertEquals(
                "left_room", answer("{\"type\":\"leave_room\",\"roomId\":5}").getString("type"));
        assertEquals(List.of(ROOM), subscribed);
        assertEquals(List.of(ROOM), unsubscribed);
    }

    @Test
    void aMessageWithoutContentIsAnswered() {
        assertEquals("content must not be empty", error("{\"type\":\"send_message\",\"roomId\":5}"));
        sent.clear();
        assertEquals("content must not be empty", error(send(" \n ", "m1")));
    }

    @Test
    void aMessageLongerThanTheSettingIsAnswered() {
        messages.maxLength = 10;
        assertEquals("content is longer than 10 characters", error(send("x".repeat(11), "m1")));
    }

    @Test
    void aMessageLongerThanItsColumnIsAnsweredWhateverTheSettingSays() {
        messages.maxLength = 100_000;
        assertEquals("content is longer than 4000 characters", error(send("x".repeat(4001), "m1")));
    }

    @Test
    void contentWithTheNulCharacterIsRefusedBecausePostgresqlWouldFailTheWholeBatch() {
        assertEquals("content must not contain the character U+0000", messages.problem("hi\u0000there", "m1"));
        assertEquals("content must not contain the character U+0000", error(send("hi\u0000there", "m1")));
    }

    @Test
    void contentMayHoldLineBreaksAndTabs() {
        assertNull(messages.problem("line one\nline two\tend", "m1"));
    }

    @Test
    void aClientMessageIdThatIsBlankOrLongerThanItsColumnIsRefused() {
        assertEquals("clientMsgId must have 1 to 100 characters", error(send("hi", " ")));
        sent.clear();
        assertEquals("clientMsgId must have 1 to 100 characters", error(send("hi", "m".repeat(101))));
    }

    @Test
    void aClientMessageIdWithControlCharactersIsRefused() {
        assertEquals("clientMsgId must not contain control characters", messages.problem("hi", "m\u0000"));
        assertEquals("clientMsgId must not contain control characters", error(send("hi", "m\u001b")));
    }

    @Test
    void aValidMessageIsQueuedUnderItsClientMsgIdWithoutAnAnswerYet() {
        messages.handle(alice(10), send("Salom", "m1"));
        assertEquals(List.of(), sent, "the ack follows the commit");
        ChatSend queuedMessage = queued.get(0);
        assertEquals(List.of(ROOM, ALICE), List.of(queuedMessage.roomId(), queuedMessage.senderId()));
        assertEquals(
                List.of("alice", "Salom", "m1"),
                List.of(queuedMessage.sender(), queuedMessage.content(), queuedMessage.clientMsgId()));
    }

    @Test
    void aValidMessageWithoutAClientMsgIdIsQueuedUnderAKeyOfItsOwn() {
        messages.handle(alice(10), "{\"type\":\"send_message\",\"roomId\":5,\"content\":\"Salom\"}");
        assertNotNull(queued.get(0).clientMsgId());
        assertNull(queued.get(0).reply().clientMsgId(), "the client is answered without an id it did not give");
    }

    @Test
    void aFrameBeyondTheRateLimitIsAnsweredRateLimitedWithItsClientMsgIdAndNotQueued() {
        ChatConnection connection = alice(1);
        messages.handle(connection, send("first", "m1"));
        messages.handle(connection, send("second", "m2"));
        assertEquals(1, queued.size());
        JsonObject frame = Json.createReader(new StringReader(sent.get(0))).readObject();
        assertEquals("rate_limited", frame.getString("code"));
        assertEquals("Too many messages: slow down and send this one again", frame.getString("message"));
        assertEquals("m2", frame.getString("clientMsgId"));
        assertEquals(List.of("ovoz_chat_messages stage=rate_limited"), counted);
    }

    @Test
    void everyFrameCountsTowardsTheRateLimitEvenAMalformedOne() {
        ChatConnection connection = alice(1);
        messages.handle(connection, "not json");
        messages.handle(connection, "still not json");
        messages.handle(connection, "[]");
        List<String> codes = sent.stream()
                .map(text ->
                        Json.createReader(new StringReader(text)).readObject().getString("code", null))
                .toList();
        assertEquals(Arrays.asList(null, "rate_limited", "rate_limited"), codes);
    }
}
