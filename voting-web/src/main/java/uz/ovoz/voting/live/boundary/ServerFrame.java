package uz.ovoz.voting.live.boundary;

/** The frames the voter channel sends back; each record is one wire message. */
public sealed interface ServerFrame {

    record Pong(String type) implements ServerFrame {
        Pong() {
            this("pong");
        }
    }

    record Error(String type, String message) implements ServerFrame {
        Error(String message) {
            this("error", message);
        }
    }
}
