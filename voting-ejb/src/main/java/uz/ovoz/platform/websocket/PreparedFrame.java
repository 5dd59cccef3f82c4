package uz.ovoz.platform.websocket;

import java.nio.charset.StandardCharsets;
import uz.ovoz.platform.json.JsonMessages;

/**
 * A text message already framed for the wire (RFC 6455, server to client: final fragment, text
 * opcode, unmasked), so that a broadcast is encoded once and not once per recipient. The bytes are
 * shared by every send and never written to.
 */
public final class PreparedFrame {

    private static final int FIN_TEXT = 0x81;

    private final String text;
    private final byte[] wire;

    private PreparedFrame(String text) {
        this.text = text;
        this.wire = frame(text.getBytes(StandardCharsets.UTF_8));
    }

    public static PreparedFrame of(String text) {
        return new PreparedFrame(text);
    }

    /** A JSON message, written through the one shared JSON-B instance. */
    public static PreparedFrame json(Object message) {
        return of(JsonMessages.toJson(message));
    }

    public String text() {
        return text;
    }

    byte[] wire() {
        return wire;
    }

    static byte[] frame(byte[] payload) {
        int length = payload.length;
        int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = (byte) FIN_TEXT;
        if (length <= 125) {
            frame[1] = (byte) length;
        } else if (length <= 0xFFFF) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, length);
        return frame;
    }

    @Override
    public String toString() {
        return text;
    }
}
