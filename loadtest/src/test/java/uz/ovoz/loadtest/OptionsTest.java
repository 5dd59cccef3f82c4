package uz.ovoz.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsScenarioAndPairs() {
        Options options = Options.parse("vote-storm", "--voters", "10_000", "--rate", "2500.5");
        assertEquals("vote-storm", options.command());
        assertEquals(10_000, options.integer("voters", 1));
        assertEquals(2500.5, options.decimal("rate", 0));
        assertEquals(7, options.integer("candidates", 7));
    }

    @Test
    void remembersUnusedOptions() {
        Options options = Options.parse("voters", "--votres", "5");
        options.integer("voters", 1);
        assertEquals(Set.of("votres"), options.unused());
    }

    @Test
    void refusesNonLoopbackTargets() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Options.parse("voters", "--url", "http://10.0.0.5:8080").url());
        assertEquals(
                "127.0.0.2",
                Options.parse("voters", "--url", "http://127.0.0.2:8080/").url().getHost());
    }

    @Test
    void refusesAnOptionWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("voters", "--voters"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--voters", "5"));
    }
}
