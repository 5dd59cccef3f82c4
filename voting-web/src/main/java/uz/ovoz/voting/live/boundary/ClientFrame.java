package uz.ovoz.voting.live.boundary;

/** The part of every client frame that says what it is: {@code {"type":"ping"}}. */
public record ClientFrame(String type) {
}
