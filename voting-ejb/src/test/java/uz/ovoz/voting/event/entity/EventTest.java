package uz.ovoz.voting.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventTest {

    @Test
    void newEventIsPendingWithItsDuration() {
        Event event = new Event("Council", "abc123", 30);
        assertEquals(EventStatus.PENDING, event.getStatus());
        assertEquals(30, event.getDurationSec());
    }

    @Test
    void durationMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Event("Council", "abc123", 0));
    }

    @Test
    void nameAndLinkAreRequired() {
        assertThrows(NullPointerException.class, () -> new Event(null, "abc123", 30));
        assertThrows(NullPointerException.class, () -> new Event("Council", null, 30));
    }

    @Test
    void eventsAreTheSameEventWhenTheirLinksAreEqual() {
        assertEquals(new Event("A", "abc123", 30), new Event("B", "abc123", 60));
        assertNotEquals(new Event("A", "abc123", 30), new Event("A", "xyz789", 30));
    }
}
