package uz.ovoz.voting.live.control;

import java.time.Instant;
import java.util.List;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;

/** Events as the live tier sees them, for tests without a database. */
final class RunningEvents {

    private RunningEvents() {}

    /** Event 1 ("abc"), its countdown running for Dean A (10); Dean B (11) follows. */
    static EventSnapshot twoDeans() {
        Instant now = Instant.now();
        return new EventSnapshot(
                1,
                "abc",
                "Council",
                EventStatus.ACTIVE,
                30,
                0,
                List.of(
                        new EventSnapshot.Entry(10, "A", null, "Dean", null, null),
                        new EventSnapshot.Entry(11, "B", null, "Dean", null, null)),
                now,
                now.plusSeconds(30),
                false,
                false,
                false,
                0);
    }
}
