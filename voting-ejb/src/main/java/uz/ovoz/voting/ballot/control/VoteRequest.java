package uz.ovoz.voting.ballot.control;

import java.time.Instant;
import java.util.Objects;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * A vote checked against the event as a voter's instance saw it, waiting to be written. The writer
 * checks it again against the database: {@code round} is the event's vote round it was checked
 * under, {@code receivedAt} when it arrived (the deadline is the countdown's end at that moment).
 */
public record VoteRequest(
        long eventId,
        long candidateId,
        VoteType voteType,
        String deviceId,
        String ip,
        String nonce,
        String ballotCode,
        boolean onePerIp,
        int round,
        Instant receivedAt) {

    public VoteRequest {
        Objects.requireNonNull(voteType, "voteType");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The address the one-vote-per-address rule counts ({@code ip_once}): null where the event has no such rule. */
    public String ipOnce() {
        return onePerIp ? ip : null;
    }

    /**
     * The vote type recorded for each other candidate of the group, or none when the vote implies
     * nothing for them: a yes for one is a no for the others; a neutral is neutral for all.
     */
    public VoteType automaticTypeForPeers() {
        return switch (voteType) {
            case YES -> VoteType.NO;
            case NEUTRAL -> VoteType.NEUTRAL;
            case NO -> null;
        };
    }
}
