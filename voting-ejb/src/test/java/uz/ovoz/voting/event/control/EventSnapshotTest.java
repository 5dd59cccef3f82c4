package uz.ovoz.voting.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.event.entity.EventStatus;

class EventSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static EventSnapshot snapshot(Integer current, Instant started, Instant ends) {
        return new EventSnapshot(
                1,
                "abc",
                "Council",
                EventStatus.ACTIVE,
                30,
                current,
                List.of(
                        new EventSnapshot.Entry(10, "A", null, "Dean", null, 3),
                        new EventSnapshot.Entry(11, "B", null, "Dean", null, 3),
                        new EventSnapshot.Entry(12, "C", null, "Rector", null, null)),
                started,
                ends,
                false,
                false,
                false,
                0);
    }

    @Test
    void votingIsOpenForTheCurrentCandidateAndItsGroup() {
        EventSnapshot event = snapshot(0, null, null);
        assertTrue(event.isOpenFor(10));
        assertTrue(event.isOpenFor(11));
        assertFalse(event.isOpenFor(12));
        assertEquals(
                List.of(11L),
                event.groupPeers(10).stream()
                        .map(EventSnapshot.Entry::candidateId)
                        .toList());
    }

    @Test
    void aCandidateOutsideAGroupHasNoPeers() {
        assertEquals(List.of(), snapshot(2, null, null).groupPeers(12));
    }

    @Test
    void noCurrentCandidateOpensNothing() {
        assertFalse(snapshot(null, null, null).isOpenFor(10));
        assertTrue(snapshot(5, null, null).current().isEmpty());
    }

    @Test
    void theTimerRunsUntilItsDeadline() {
        EventSnapshot event = snapshot(0, NOW.minusSeconds(10), NOW.plusSeconds(20));
        assertTrue(event.timerRunning(NOW));
        assertEquals(20_000, event.remainingMillis(NOW));
        assertFalse(event.timerRunning(NOW.plusSeconds(20)));
        assertEquals(0, event.remainingMillis(NOW.plusSeconds(21)));
        assertFalse(snapshot(0, null, null).timerRunning(NOW));
    }
}
