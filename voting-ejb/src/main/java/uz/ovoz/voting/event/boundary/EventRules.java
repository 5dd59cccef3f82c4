package uz.ovoz.voting.event.boundary;

import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.entity.Event;

/** The checks on what an admin types for an event, with messages that say how to fix it. */
final class EventRules {

    static final int DEFAULT_DURATION = 30;
    static final int MAX_DURATION = 24 * 3600;

    private EventRules() {}

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw Rejected.invalid("name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > Event.NAME_LENGTH) {
            throw Rejected.invalid("name is longer than " + Event.NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    static int duration(int seconds) {
        if (seconds < 1 || seconds > MAX_DURATION) {
            throw Rejected.invalid("duration_sec must be between 1 and " + MAX_DURATION);
        }
        return seconds;
    }
}
