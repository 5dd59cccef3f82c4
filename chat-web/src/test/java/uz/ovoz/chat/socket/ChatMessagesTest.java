package uz.ovoz.chat.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The checks a chat message passes before it is queued with everyone else's. */
class ChatMessagesTest {

    private final ChatMessages messages = new ChatMessages();

    ChatMessagesTest() {
        messages.maxLength = 4000;
    }

    @Test
    void contentWithTheNulCharacterIsRefusedBecausePostgresqlWouldFailTheWholeBatch() {
        assertEquals("content must not contain the character U+0000", messages.problem("hi\u0000there", "m1"));
    }

    @Test
    void contentMayHoldLineBreaksAndTabs() {
        assertNull(messages.problem("line one\nline two\tend", "m1"));
    }

    @Test
    void aClientMessageIdWithControlCharactersIsRefused() {
        assertEquals("clientMsgId must not contain control characters", messages.problem("hi", "m\u0000"));
    }
}
