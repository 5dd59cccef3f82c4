package uz.ovoz.chat.control;

import java.util.List;

/** The frames the chat channel sends, spelled as the old chat's clients expect. */
public sealed interface ChatFrame {

    /**
     * Sent last by the open handler: from now on the socket receives its rooms' messages live. The
     * handshake's answer can reach a client before that (under load, seconds before), so a client
     * fetches what it missed on this frame, not on its socket's open event. An addition to the old
     * protocol; clients that do not know it ignore it.
     */
    record Ready(String type, List<Long> rooms) implements ChatFrame {
        public Ready(List<Long> rooms) {
            this("ready", rooms);
        }
    }

    /** A stored message, live or from history. {@code timestamp} is ISO-8601 UTC. */
    record Message(String type, long id, long roomId, String sender, String content, String timestamp)
            implements ChatFrame {
        public Message(long id, long roomId, String sender, String content, String timestamp) {
            this("message", id, roomId, sender, content, timestamp);
        }
    }

    record Ack(String type, String clientMsgId, long id) implements ChatFrame {
        public Ack(String clientMsgId, long id) {
            this("ack", clientMsgId, id);
        }
    }

    record JoinedRoom(String type, long roomId) implements ChatFrame {
        public JoinedRoom(long roomId) {
            this("joined_room", roomId);
        }
    }

    record LeftRoom(String type, long roomId) implements ChatFrame {
        public LeftRoom(long roomId) {
            this("left_room", roomId);
        }
    }

    /**
     * A frame that was not handled. {@code code} is an addition to the old protocol, set where a client
     * should act on it: {@code rate_limited} means slow down and send the frame again.
     */
    record Error(String type, String message, String clientMsgId, String code) implements ChatFrame {
        public Error(String message, String clientMsgId) {
            this("error", message, clientMsgId, null);
        }

        public static Error rateLimited(String clientMsgId) {
            return new Error(
                    "error", "Too many messages: slow down and send this one again", clientMsgId, "rate_limited");
        }
    }
}
