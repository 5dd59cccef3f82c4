package uz.ovoz.chat.socket;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.chat.control.ChatConnection;
import uz.ovoz.chat.control.ChatFrame;
import uz.ovoz.chat.control.ChatSend;
import uz.ovoz.chat.control.ChatSessions;
import uz.ovoz.chat.control.ChatStored;
import uz.ovoz.chat.control.MemberCache;
import uz.ovoz.chat.control.Membership;
import uz.ovoz.chat.control.MessageFlusher;
import uz.ovoz.chat.entity.ChatMessage;
import uz.ovoz.platform.batch.Intake;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * What the chat channel does with each frame: {@code send_message}, {@code join_room},
 * {@code leave_room}. Every mistake gets an {@code error} frame and the socket carries on. Every frame
 * counts towards the socket's rate limit ({@code ovoz.chat.rate-per-second}).
 */
@ApplicationScoped
public class ChatMessages {

    static final java.util.Set<String> KNOWN = java.util.Set.of("send_message", "join_room", "leave_room");

    @Inject
    @ConfigProperty(name = "ovoz.chat.max-length", defaultValue = "4000")
    int maxLength;

    @EJB
    Membership membership;

    @Inject
    MemberCache memberCache;

    @EJB
    ChatSessions sessions;

    @EJB
    MessageFlusher flusher;

    private final Intake<ChatSend, ChatStored> intake = Intake.heldFrom(() -> flusher.intake());

    @Inject
    OvozMetrics metrics;

    void handle(ChatConnection connection, String text) {
        // every frame, whatever its type or room, valid or not: a join or a stranger's room costs a query
        // too; it is only parsed first, to name its clientMsgId in the refusal
        boolean allowed = connection.mayPost();
        JsonObject frame;
        try {
            JsonValue value = JsonMessages.readValue(text);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                connection.send(
                        allowed
                                ? new ChatFrame.Error("Message must be a JSON object", null)
                                : ChatFrame.Error.rateLimited(null));
                return;
            }
            frame = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            connection.send(
                    allowed
                            ? new ChatFrame.Error("Message is not valid JSON", null)
                            : ChatFrame.Error.rateLimited(null));
            return;
        }
        String clientMsgId = string(frame, "clientMsgId");
        if (!allowed) {
            metrics.count("ovoz_chat_messages", "stage", "rate_limited");
            connection.send(ChatFrame.Error.rateLimited(clientMsgId));
            return;
        }
        String type = string(frame, "type");
        Long roomId = number(frame, "roomId");
        if (type == null) {
            connection.send(new ChatFrame.Error("Missing field: type", clientMsgId));
        } else if (!KNOWN.contains(type)) {
            connection.send(new ChatFrame.Error("Unknown message type: " + type, clientMsgId));
        } else if (roomId == null) {
            connection.send(new ChatFrame.Error("Missing or invalid field: roomId", clientMsgId));
        } else if (!isMember(roomId, connection.user().userId())) {
            connection.send(new ChatFrame.Error("You are not a member of room " + roomId, clientMsgId));
        } else {
            switch (type) {
                case "send_message" -> send(connection, roomId, frame, clientMsgId);
                case "join_room" -> {
                    sessions.subscribe(connection, roomId);
                    connection.send(new ChatFrame.JoinedRoom(roomId));
                }
                case "leave_room" -> {
                    sessions.unsubscribe(connection, roomId);
                    connection.send(new ChatFrame.LeftRoom(roomId));
                }
                default -> throw new IllegalStateException("unhandled type " + type);
            }
        }
    }

    private void send(ChatConnection connection, long roomId, JsonObject frame, String clientMsgId) {
        String content = string(frame, "content");
        String problem = problem(content, clientMsgId);
        if (problem != null) {
            connection.send(new ChatFrame.Error(problem, clientMsgId));
            return;
        }
        String key = clientMsgId == null ? UUID.randomUUID().toString() : clientMsgId;
        intake.submit(new ChatSend(
                        roomId,
                        connection.user().userId(),
                        connection.user().username(),
                        content,
                        key,
                        new ChatSend.Reply(connection, clientMsgId)))
                .thenAccept(
                        stored -> metrics.count("ovoz_chat_messages", "stage", stored.failed() ? "failed" : "acked"));
    }

    // the cached answer without a container call where there is one: this runs for every frame
    private boolean isMember(long roomId, long userId) {
        return memberCache.isMember(roomId, userId).orElseGet(() -> membership.isMember(roomId, userId));
    }

    /** Why the content or key cannot be stored, or null when they can. */
    String problem(String content, String clientMsgId) {
        if (content == null || content.isBlank()) {
            return "content must not be empty";
        }
        // the column holds at most CONTENT_LENGTH characters whatever the setting says
        int limit = Math.min(maxLength, ChatMessage.CONTENT_LENGTH);
        if (content.length() > limit) {
            return "content is longer than " + limit + " characters";
        }
        // PostgreSQL refuses U+0000 in text: one such message would fail the batch it is written in
        if (content.indexOf('\u0000') >= 0) {
            return "content must not contain the character U+0000";
        }
        if (clientMsgId != null && (clientMsgId.isBlank() || clientMsgId.length() > ChatMessage.CLIENT_MSG_ID_LENGTH)) {
            return "clientMsgId must have 1 to " + ChatMessage.CLIENT_MSG_ID_LENGTH + " characters";
        }
        if (clientMsgId != null && clientMsgId.chars().anyMatch(Character::isISOControl)) {
            return "clientMsgId must not contain control characters";
        }
        return null;
    }

    private static String string(JsonObject frame, String name) {
        JsonValue value = frame.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static Long number(JsonObject frame, String name) {
        JsonValue value = frame.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            // beyond a long it is no room id, rather than another room's id after wrapping
            return number.bigIntegerValue().bitLength() < Long.SIZE ? number.longValue() : null;
        }
        if (value instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
            return Long.parseLong(text.getString());
        }
        return null;
    }
}
