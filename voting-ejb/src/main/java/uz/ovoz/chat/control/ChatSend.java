package uz.ovoz.chat.control;

import java.util.Objects;

/**
 * A validated message waiting to be stored, and where its answer (ack or error) goes. The flusher
 * writes the answer together with the batch's deliveries to the same socket: the sender is a member
 * of its room, so its own copy of the message and the ack share one socket write.
 */
public record ChatSend(long roomId, long senderId, String sender, String content, String clientMsgId, Reply reply) {

    /** The sending socket and the id the client gave its message (null when it gave none). */
    public record Reply(ChatConnection to, String clientMsgId) {

        public Reply {
            Objects.requireNonNull(to, "to");
        }
    }

    public ChatSend {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(clientMsgId, "clientMsgId");
        Objects.requireNonNull(reply, "reply");
    }
}
