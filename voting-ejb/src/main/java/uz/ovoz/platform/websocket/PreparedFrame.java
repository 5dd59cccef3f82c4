package uz.ovoz.platform.websocket;

import jakarta.websocket.CloseReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uz.ovoz.platform.json.JsonMessages;

/**
 * Text messages already framed for the wire (RFC 6455, server to client: final fragment, text
 * opcode, unmasked), so that a broadcast is encoded once and not once per recipient. Usually one
 * message; {@link #together} joins several for one socket into one write. The bytes are shared by
 * every send and never written to.
 */
public final class PreparedFrame {

    private static final int FIN_TEXT = 0x81;
    private static final int FIN_CLOSE = 0x88;

    private final List<String> texts;
    private final byte[] wire;

    private PreparedFrame(List<String> texts, byte[] wire) {
        this.texts = texts;
        this.wire = wire;
    }

    public static PreparedFrame of(String text) {
        return new PreparedFrame(List.of(text), frame(FIN_TEXT, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A close frame with the code and reason ({@link CloseReason} keeps it within a control frame's 125 bytes). */
    public static PreparedFrame close(CloseReason reason) {
        byte[] phrase = reason.getReasonPhrase().getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + phrase.length];
        int code = reason.getCloseCode().getCode();
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(phrase, 0, payload, 2, phrase.length);
        return new PreparedFrame(List.of(), frame(FIN_CLOSE, payload));
    }

    /**
     * The messages, in order, as one write: a socket that has ten messages of a batch waiting costs
     * one trip through the transport instead of ten. The peer still receives ten messages.
     */
    public static PreparedFrame together(List<PreparedFrame> frames) {
        if (frames.size() == 1) {
            return frames.get(0);
        }
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (PreparedFrame frame : frames) {
            texts.addAll(frame.texts);
            wire.writeBytes(frame.wire);
        }
        return new PreparedFrame(List.copyOf(texts), wire.toByteArray());
    }

    /** A JSON message, written through the one shared JSON-B instance. */
    public static PreparedFrame json(Object message) {
        return of(JsonMessages.toJson(message));
    }

    /** The messages, each as the client receives it. */
    public List<String> texts() {
        return texts;
    }

    byte[] wire() {
        return wire;
    }

    /** The bytes on the wire, headers included: what a socket's backlog is measured in. */
    public int length() {
        return wire.length;
    }

    private static byte[] frame(int finAndOpcode, byte[] payload) {
        int length = payload.length;
        int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = (byte) finAndOpcode;
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
        return String.join("\n", texts);
    }
}
