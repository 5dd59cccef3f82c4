package uz.ovoz.loadtest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChatLevelTest {

    @Test
    void quickAndMegaAreTheOldChatsLevels() {
        assertEquals(30, ChatLevel.QUICK.users);
        assertEquals(10, ChatLevel.QUICK.rooms);
        assertEquals(1_000, ChatLevel.QUICK.messagesPerSecond);
        assertEquals(5_000, ChatLevel.MEGA.users);
        assertEquals(30, ChatLevel.MEGA.rooms);
        assertEquals(50_000, ChatLevel.MEGA.messagesPerSecond);
    }

    @Test
    void levelsGrowFromQuickToMega() {
        ChatLevel[] ordered = {ChatLevel.QUICK, ChatLevel.MEDIUM, ChatLevel.STRONG, ChatLevel.EXTREME, ChatLevel.MEGA};
        for (int i = 1; i < ordered.length; i++) {
            assertTrue(ordered[i].users > ordered[i - 1].users);
            assertTrue(ordered[i].rooms >= ordered[i - 1].rooms);
            assertTrue(ordered[i].messagesPerSecond > ordered[i - 1].messagesPerSecond);
            assertTrue(ordered[i].deliveriesPerSecond() > ordered[i - 1].deliveriesPerSecond());
        }
    }

    @Test
    void targetIsFiveThousandUsersInRoomsOfFive() {
        assertEquals(5, ChatLevel.TARGET.membersPerRoom());
        assertEquals(25_000, ChatLevel.TARGET.deliveriesPerSecond());
        assertEquals(999, ChatLevel.TARGET.roomOf(4_999));
    }

    @Test
    void levelsAreNamedCaseInsensitively() {
        assertEquals(ChatLevel.EXTREME, ChatLevel.named("Extreme"));
        assertThrows(IllegalArgumentException.class, () -> ChatLevel.named("huge"));
    }
}
