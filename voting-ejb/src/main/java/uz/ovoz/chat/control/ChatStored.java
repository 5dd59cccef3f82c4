package uz.ovoz.chat.control;

/**
 * What became of a queued message: stored now ({@code fresh}), or stored before under the same
 * clientMsgId (a resend), or {@code failed} with a reason for the sender.
 */
public record ChatStored(ChatSend send, ChatFrame.Message message, boolean fresh, String failure) {

    public boolean failed() {
        return failure != null;
    }
}
