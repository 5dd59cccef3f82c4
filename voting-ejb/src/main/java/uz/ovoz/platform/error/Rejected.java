package uz.ovoz.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request a service refuses, with a message meant for the person who made it. It rolls back the
 * transaction; the REST layer answers it with the status of its {@link Reason}.
 */
@ApplicationException(rollback = true)
public class Rejected extends RuntimeException {

    /** Why, in the terms of HTTP. */
    public enum Reason {
        INVALID(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_MANY_REQUESTS(429);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public Rejected(Reason reason, String message) {
        this(reason, message, 0);
    }

    private Rejected(Reason reason, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Rejected invalid(String message) {
        return new Rejected(Reason.INVALID, message);
    }

    public static Rejected unauthorized(String message) {
        return new Rejected(Reason.UNAUTHORIZED, message);
    }

    public static Rejected forbidden(String message) {
        return new Rejected(Reason.FORBIDDEN, message);
    }

    public static Rejected notFound(String message) {
        return new Rejected(Reason.NOT_FOUND, message);
    }

    public static Rejected conflict(String message) {
        return new Rejected(Reason.CONFLICT, message);
    }

    /** 429: the caller may try again after {@code retryAfterSeconds} (at least 1), which the answer says. */
    public static Rejected tooManyRequests(String message, long retryAfterSeconds) {
        return new Rejected(Reason.TOO_MANY_REQUESTS, message, Math.max(1, retryAfterSeconds));
    }

    /** Seconds for a {@code Retry-After} header, or 0 when the answer has none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }
}
