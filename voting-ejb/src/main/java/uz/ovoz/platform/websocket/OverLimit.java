package uz.ovoz.platform.websocket;

import java.util.Objects;

/** A socket refused by a connection limit; {@link #limit()} says which, for the close reason and the metric. */
public final class OverLimit extends Exception {

    /** The limits a socket can run into; {@code reason} is the metric's tag. */
    public enum Limit {
        /** All sockets of the kind on this instance. */
        INSTANCE("full"),
        /** Voters or displays of one event. */
        EVENT("event_full"),
        /** Sockets of any kind from one client address. */
        ADDRESS("address_full"),
        /** Chat sockets of one user. */
        USER("user_full");

        private final String reason;

        Limit(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final Limit limit;

    public OverLimit(Limit limit) {
        super(limit.reason(), null, false, false);
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    public Limit limit() {
        return limit;
    }
}
