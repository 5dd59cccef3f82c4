package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Why a frame or a vote is refused before it reaches the queue. The message goes to the voter as is;
 * the reason is a short, bounded code for metrics.
 */
@ApplicationException(rollback = true)
public final class Refusal extends RuntimeException {

    private final String reason;

    public Refusal(String message) {
        this("invalid", message);
    }

    public Refusal(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
