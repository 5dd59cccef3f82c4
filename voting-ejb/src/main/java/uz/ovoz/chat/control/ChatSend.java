package uz.ovoz.chat.control;

import java.util.Objects;

/** A validated message waiting to be stored. */
public record ChatSend(long roomId, long senderId, String sender, String content, String clientMsgId) {

    public ChatSend {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(clientMsgId, "clientMsgId");
    }
}
