package uz.ovoz.loadtest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import uz.ovoz.loadtest.Http;
import uz.ovoz.loadtest.ws.WsConnection;
import uz.ovoz.loadtest.ws.WsListener;

/** One simulated chat user on {@code /chat/ws?token=…}: sends into its room, reports acks and deliveries. */
final class ChatUser implements WsListener {

    final int index;
    final String username;
    final int room;
    volatile String token;
    volatile long roomId;
    volatile WsConnection connection;
    private final ChatLedger ledger;

    ChatUser(int index, int room, ChatLedger ledger) {
        this.index = index;
        this.username = "lt_u" + index;
        this.room = room;
        this.ledger = ledger;
    }

    @Override
    public void onText(WsConnection from, String text) {
        long now = System.nanoTime();
        JsonNode frame = Http.parse(text);
        String type = frame == null ? "" : frame.path("type").asText();
        switch (type) {
            case "message" -> ledger.delivered(frame.path("content").asText(), now);
            case "ack" ->
                ledger.acked(
                        frame.path("clientMsgId").asText(), frame.path("id").asLong(), now);
            case "error" ->
                ledger.failed(
                        frame.path("clientMsgId").asText(),
                        frame.path("message").asText());
            default -> {
                // joined_room, left_room: nothing to measure
            }
        }
    }

    @Override
    public void onClose(WsConnection from, int code) {
        ledger.closed(code);
    }
}
