package uz.ovoz.loadtest.chat;

import java.util.Arrays;
import java.util.Locale;

/**
 * The chat load levels. Quick and Mega are the old chat's New Year levels; Medium, Strong and Extreme
 * sit between them at roughly equal ratios (users ×3–5, rate ×2.5–3 per step); Target is the issue's
 * goal for one instance: 5,000 users in 1,000 rooms of 5 at 5,000 messages a second.
 * Every user is in exactly one room (user i in room i mod rooms), so a message reaches
 * {@code users / rooms} members.
 */
public enum ChatLevel {
    QUICK(30, 10, 1_000),
    MEDIUM(100, 15, 2_500),
    STRONG(500, 20, 7_500),
    EXTREME(1_500, 25, 20_000),
    MEGA(5_000, 30, 50_000),
    TARGET(5_000, 1_000, 5_000);

    final int users;
    final int rooms;
    final int messagesPerSecond;

    ChatLevel(int users, int rooms, int messagesPerSecond) {
        this.users = users;
        this.rooms = rooms;
        this.messagesPerSecond = messagesPerSecond;
    }

    public static ChatLevel named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--level is one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    /** The room of user {@code user}. */
    int roomOf(int user) {
        return user % rooms;
    }

    /** Members per message: the size of the largest room. */
    int membersPerRoom() {
        return (users + rooms - 1) / rooms;
    }

    /** Deliveries a second at full rate: every member of the room gets each message, the sender too. */
    long deliveriesPerSecond() {
        return (long) messagesPerSecond * users / rooms;
    }
}
