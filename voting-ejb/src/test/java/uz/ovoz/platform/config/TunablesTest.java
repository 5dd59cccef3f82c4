package uz.ovoz.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TunablesTest {

    private static Map<String, Long> check(Map<String, String> configured) {
        return Tunables.check(key -> Optional.ofNullable(configured.get(key)));
    }

    @Test
    void unsetKeysTakeTheirDefaults() {
        Map<String, Long> values = check(Map.of());
        assertEquals(500L, values.get("ovoz.votes.batch-size"));
        assertEquals(Tunables.ALL.size(), values.size());
    }

    @Test
    void configuredValueInRangeIsUsed() {
        assertEquals(1000L, check(Map.of("ovoz.votes.batch-size", " 1000 ")).get("ovoz.votes.batch-size"));
    }

    @Test
    void valueOutOfRangeNamesKeyRangeAndValue() {
        InvalidConfiguration e =
                assertThrows(InvalidConfiguration.class, () -> check(Map.of("ovoz.votes.batch-size", "0")));
        assertEquals("ovoz.votes.batch-size must be between 1 and 10000, was 0", e.getMessage());
    }

    @Test
    void textWhereNumberBelongsNamesKey() {
        InvalidConfiguration e =
                assertThrows(InvalidConfiguration.class, () -> check(Map.of("ovoz.chat.max-length", "lots")));
        assertTrue(e.getMessage().startsWith("ovoz.chat.max-length must be a whole number"), e.getMessage());
    }

    @Test
    void voterTallyIntervalShorterThanDisplayIntervalIsRefused() {
        InvalidConfiguration e =
                assertThrows(InvalidConfiguration.class, () -> check(Map.of("ovoz.tally.voter-interval", "50")));
        assertTrue(
                e.getMessage().contains("ovoz.tally.voter-interval (50) must be at least ovoz.tally.interval (100)"),
                e.getMessage());
    }

    @Test
    void poolMaximumBelowMinimumIsRefused() {
        assertThrows(
                InvalidConfiguration.class, () -> check(Map.of("ovoz.db.pool.min", "10", "ovoz.db.pool.max", "5")));
    }
}
