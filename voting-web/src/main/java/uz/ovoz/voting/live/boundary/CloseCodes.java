package uz.ovoz.voting.live.boundary;

import jakarta.websocket.CloseReason;

/** The close codes the old system's clients understand. */
final class CloseCodes {

    static final CloseReason UNKNOWN_EVENT = reason(4004, "Event not found");
    static final CloseReason EVENT_NOT_ACTIVE = reason(4003, "Event is not active");
    static final CloseReason FULL = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "Too many connections; try again later");
    static final CloseReason SERVER_ERROR = new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION,
            "Server error; reconnect");

    private CloseCodes() {
    }

    private static CloseReason reason(int code, String phrase) {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), phrase);
    }
}
