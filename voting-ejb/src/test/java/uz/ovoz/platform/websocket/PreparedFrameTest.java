package uz.ovoz.platform.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedFrameTest {

    @Test
    void aShortMessageHasTheOneByteLength() {
        String text = "{\"type\":\"pong\"}";
        assertEquals(text, decode(PreparedFrame.of(text).wire()));
        assertEquals(2 + text.length(), PreparedFrame.of(text).wire().length);
    }

    @Test
    void lengthsPast125And65535UseTheExtendedForms() {
        for (int length : new int[] {125, 126, 65_535, 65_536, 200_000}) {
            String text = "x".repeat(length);
            byte[] wire = PreparedFrame.of(text).wire();
            assertEquals(text, decode(wire), "length " + length);
            assertEquals(length <= 125 ? 2 : length <= 65_535 ? 4 : 10, wire.length - length, "header of " + length);
        }
    }

    @Test
    void theLengthCountsUtf8BytesNotCharacters() {
        String text = "Ovoz berildi: ha ✓ — Голос";
        assertEquals(text, decode(PreparedFrame.of(text).wire()));
    }

    @Test
    void framesTogetherAreTheSameMessagesInOneWrite() {
        PreparedFrame first = PreparedFrame.of("{\"n\":1}");
        PreparedFrame second = PreparedFrame.of("x".repeat(300));
        PreparedFrame both = PreparedFrame.together(List.of(first, second));
        assertEquals(List.of("{\"n\":1}", "x".repeat(300)), both.texts());
        ByteBuffer wire = ByteBuffer.wrap(both.wire());
        assertEquals("{\"n\":1}", decode(take(wire, first.wire().length)));
        assertEquals("x".repeat(300), decode(take(wire, second.wire().length)));
        assertEquals(0, wire.remaining());
        assertSame(first, PreparedFrame.together(List.of(first)), "one frame stays as it is");
    }

    @Test
    void aCloseFrameCarriesTheCodeAndTheReason() {
        byte[] wire = PreparedFrame.close(
                        new CloseReason(CloseReason.CloseCodes.getCloseCode(4003), "Event is not active"))
                .wire();
        assertEquals(0x88, wire[0] & 0xFF, "FIN and the close opcode");
        assertEquals(2 + "Event is not active".length(), wire[1]);
        assertEquals(4003, ((wire[2] & 0xFF) << 8) | (wire[3] & 0xFF));
        assertEquals("Event is not active", new String(wire, 4, wire.length - 4, StandardCharsets.UTF_8));
        assertEquals(
                List.of(),
                PreparedFrame.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, ""))
                        .texts());
        assertEquals(
                125,
                PreparedFrame.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "x".repeat(123)))
                        .wire()[1],
                "the longest reason fills a control frame's 125 bytes");
    }

    private static byte[] take(ByteBuffer wire, int length) {
        byte[] frame = new byte[length];
        wire.get(frame);
        return frame;
    }

    /** An independent reading of RFC 6455 section 5.2 for an unmasked, unfragmented text frame. */
    private static String decode(byte[] wire) {
        ByteBuffer in = ByteBuffer.wrap(wire);
        int first = in.get() & 0xFF;
        assertEquals(0x80, first & 0x80, "FIN set");
        assertEquals(0x1, first & 0x0F, "text opcode");
        int second = in.get() & 0xFF;
        assertEquals(0, second & 0x80, "a server frame is not masked");
        long length = second & 0x7F;
        if (length == 126) {
            length = in.getShort() & 0xFFFF;
        } else if (length == 127) {
            length = in.getLong();
        }
        assertEquals(length, in.remaining(), "declared length equals the payload");
        byte[] payload = new byte[in.remaining()];
        in.get(payload);
        return new String(payload, StandardCharsets.UTF_8);
    }
}
