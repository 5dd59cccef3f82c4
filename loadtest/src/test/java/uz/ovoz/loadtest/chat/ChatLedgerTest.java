package uz.ovoz.loadtest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatLedgerTest {

    @Test
    void sequenceNumbersTravelInIdAndContent() {
        ChatLedger ledger = new ChatLedger("run1", 10);
        String id = ledger.clientMsgId(7);
        String content = ledger.content(7, "xxxx");
        assertEquals(7, ChatLedger.seqOf(id, "run1-", id.length()));
        assertEquals(7, ChatLedger.seqOf(content, "run1:", content.indexOf(' ')));
    }

    @Test
    void messagesOfOtherRunsAreNotCounted() {
        assertEquals(-1, ChatLedger.seqOf("run2-7", "run1-", 6));
        assertEquals(-1, ChatLedger.seqOf("run1-", "run1-", 5));
        assertEquals(-1, ChatLedger.seqOf("run1-x", "run1-", 6));
    }

    @Test
    void aSecondAckForTheSameMessageIsCountedApart() {
        ChatLedger ledger = new ChatLedger("r", 3);
        ledger.sending(1, 1_000);
        ledger.acked("r-1", 42, 2_000_000);
        ledger.acked("r-1", 42, 3_000_000);
        ledger.delivered("r:1 hello", 2_500_000);
        assertEquals(1, ledger.acked.sum());
        assertEquals(1, ledger.ackedTwice.sum());
        assertEquals(42, ledger.id(1));
        assertEquals(1, ledger.deliveredTo(1));
    }

    @Test
    void onlyBusyAnswersCountAsRefusedTheOtherErrorsAreFailures() {
        ChatLedger ledger = new ChatLedger("run1", 10);
        ledger.failed("run1-1", "The server is busy; send the message again");
        ledger.failed("run1-2", "The server is busy; send the message again");
        ledger.failed("run1-3", "The message could not be stored; send it again");
        assertEquals(2, ledger.busy());
        assertEquals(3, ledger.errors.sum());
    }
}
