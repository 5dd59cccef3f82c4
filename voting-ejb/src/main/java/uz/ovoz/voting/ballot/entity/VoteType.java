package uz.ovoz.voting.ballot.entity;

import java.util.Arrays;
import java.util.Optional;

/** The three answers a voter can give; {@link #wire()} is the spelling on the wire and in the database. */
public enum VoteType {
    YES("yes"),
    NO("no"),
    NEUTRAL("neutral");

    private final String wire;

    VoteType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<VoteType> fromWire(String value) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(value)).findFirst();
    }
}
