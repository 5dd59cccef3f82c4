package uz.ovoz.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private final AtomicInteger queries = new AtomicInteger();
    private final Map<Long, Set<Long>> database = Map.of(1L, Set.of(10L, 11L), 2L, Set.of(10L), 3L, Set.of(12L));
    private final Membership membership = new Membership() {
        @Override
        Set<Long> load(long roomId) {
            queries.incrementAndGet();
            return database.getOrDefault(roomId, Set.of());
        }
    };

    {
        membership.maxRooms = 2;
        membership.members = new MemberCache();
    }

    @Test
    void tenThousandMadeUpRoomIdsDoNotGrowTheCache() {
        for (long room = 1_000; room < 11_000; room++) {
            assertFalse(membership.isMember(room, 10L));
        }
        assertEquals(0, membership.cachedRooms());
    }

    @Test
    void aRoomWithMembersIsAskedOnce() {
        assertTrue(membership.isMember(1L, 10L));
        assertTrue(membership.isMember(1L, 11L));
        assertFalse(membership.isMember(1L, 12L));
        assertEquals(1, queries.get());
    }

    @Test
    void aCachedRoomIsAnsweredWithoutMembershipAndDroppedOnAChange() {
        assertEquals(Optional.empty(), membership.members.isMember(1L, 10L));
        membership.isMember(1L, 10L);
        assertEquals(Optional.of(true), membership.members.isMember(1L, 11L));
        assertEquals(Optional.of(false), membership.members.isMember(1L, 12L));
        membership.members.remove(1L);
        assertEquals(Optional.empty(), membership.members.isMember(1L, 10L));
    }

    @Test
    void theCacheHoldsAtMostTheConfiguredNumberOfRooms() {
        membership.isMember(1L, 10L);
        membership.isMember(2L, 10L);
        membership.isMember(3L, 12L);
        assertEquals(2, membership.cachedRooms());
        assertTrue(membership.isMember(3L, 12L), "the newest room is among them");
    }
}
