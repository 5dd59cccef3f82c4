package uz.ovoz.loadtest.ws;

/** What a simulated client does with the frames of its connection; called on a Netty event loop. */
public interface WsListener {

    void onText(WsConnection connection, String text);

    /** The connection closed; {@code code} is the close code the server sent, or -1 for none. */
    default void onClose(WsConnection connection, int code) {}
}
