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
        INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public Rejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
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

    public Reason reason() {
        return reason;
    }
}
