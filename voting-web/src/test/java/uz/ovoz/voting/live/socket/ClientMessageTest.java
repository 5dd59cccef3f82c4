package uz.ovoz.voting.live.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.boundary.Refusal;

/** A voter's frame, read field by field. */
class ClientMessageTest {

    @Test
    void aCandidateIdBeyondALongIsRefusedRatherThanWrappedToAnotherId() {
        // 2^64 + 7 wraps to 7 with longValue()
        ClientMessage message = ClientMessage.parse(
                "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"candidate_id\":18446744073709551623}", 2048);
        Refusal refusal = assertThrows(Refusal.class, message::castVote);
        assertEquals("Field candidate_id is out of range", refusal.getMessage());
    }

    @Test
    void theLargestLongIsStillACandidateId() {
        ClientMessage message =
                ClientMessage.parse("{\"type\":\"cast_vote\",\"candidate_id\":9223372036854775807}", 2048);
        assertEquals(Long.MAX_VALUE, message.castVote().candidateId());
    }

    @Test
    void inputNestedTooDeepIsNotJsonRatherThanAServerError() {
        // the parser gives up beyond 1,000 levels with an exception that is no JsonException
        Refusal refusal = assertThrows(Refusal.class, () -> ClientMessage.parse("[".repeat(1500), 2048));
        assertEquals("Message is not valid JSON", refusal.getMessage());
    }
}
