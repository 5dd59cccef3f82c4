package uz.ovoz.platform.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionsPerAddressTest {

    private final ConnectionsPerAddress limit = new ConnectionsPerAddress();

    {
        limit.maxPerAddress = 2;
    }

    @Test
    void anAddressAtItsLimitIsRefusedAndOthersAreNot() {
        assertTrue(limit.admit("a1", "198.51.100.1"));
        assertTrue(limit.admit("a2", "198.51.100.1"));
        assertFalse(limit.admit("a3", "198.51.100.1"));
        assertTrue(limit.admit("b1", "198.51.100.2"));
        assertEquals(2, limit.count("198.51.100.1"));
    }

    @Test
    void aClosedConnectionMakesRoomOnceEvenIfReleasedTwice() {
        limit.admit("a1", "198.51.100.1");
        limit.admit("a2", "198.51.100.1");
        limit.release("a1");
        limit.release("a1");
        limit.release("never-admitted");
        assertEquals(1, limit.count("198.51.100.1"));
        assertTrue(limit.admit("a3", "198.51.100.1"));
        assertFalse(limit.admit("a4", "198.51.100.1"));
    }

    @Test
    void anAddressWithoutConnectionsIsForgotten() {
        limit.admit("a1", "198.51.100.1");
        limit.release("a1");
        assertEquals(0, limit.count("198.51.100.1"));
    }
}
