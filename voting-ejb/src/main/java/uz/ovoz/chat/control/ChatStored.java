package uz.ovoz.chat.control;

/**
 * What became of a queued message: stored now ({@code fresh}), or stored before under the same
 * clientMsgId (a resend), or {@code failed} with a reason for the sender.
 */
public record ChatStored(ChatSend send, ChatFrame.Message message, boolean fresh, String failure) {

    public boolean failed() {
        return failure != null;
    }

    /** What the sender is told: the ack with the stored id, or the error under the id the client gave. */
    public ChatFrame answer() {
        return failed()
                ? new ChatFrame.Error(failure, send.reply().clientMsgId())
                : new ChatFrame.Ack(send.clientMsgId(), message.id());
    }
}
