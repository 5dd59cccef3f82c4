package uz.ovoz.voting.live.socket;

import jakarta.websocket.CloseReason;
import uz.ovoz.platform.websocket.OverLimit;

/**
 * The close codes of the voter and display channels: 4003 and 4004 as the old system's clients know
 * them; 1013 when the instance or the event is full; 4029 when the client's address has too many
 * connections open (as HTTP's 429: the client may try again once one of them closed).
 */
final class CloseCodes {

    static final CloseReason UNKNOWN_EVENT = reason(4004, "Event not found");
    static final CloseReason EVENT_NOT_ACTIVE = reason(4003, "Event is not active");
    static final CloseReason FULL =
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too many connections; try again later");
    static final CloseReason ADDRESS_FULL = reason(4029, "Too many connections from this address");
    static final CloseReason SERVER_ERROR =
            new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Server error; reconnect");

    private CloseCodes() {}

    static CloseReason of(OverLimit.Limit limit) {
        return limit == OverLimit.Limit.ADDRESS ? ADDRESS_FULL : FULL;
    }

    private static CloseReason reason(int code, String phrase) {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), phrase);
    }
}
