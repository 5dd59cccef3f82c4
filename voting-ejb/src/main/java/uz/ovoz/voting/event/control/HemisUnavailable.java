package uz.ovoz.voting.event.control;

/**
 * HEMIS did not answer usefully this time (unreachable, too slow, a 5xx or 429): worth a retry,
 * and counted by the circuit breaker. A refusal that a retry cannot change is a {@code Rejected}.
 */
public class HemisUnavailable extends RuntimeException {

    public HemisUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
