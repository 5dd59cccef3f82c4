package uz.ovoz.voting.ballot.control;

import java.util.List;
import java.util.Objects;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * A validated vote waiting to be written, with the automatic votes it implies for the candidate's
 * group peers (a yes for one is a no for the others; a neutral is neutral for all).
 */
public record VoteRequest(long eventId, long candidateId, VoteType voteType, String deviceId, String ip,
        String nonce, String ballotCode, boolean onePerIp, List<Long> groupPeers) {

    public VoteRequest {
        Objects.requireNonNull(voteType, "voteType");
        Objects.requireNonNull(deviceId, "deviceId");
        groupPeers = List.copyOf(groupPeers);
    }

    /** The vote type recorded for each group peer, or none when the vote implies nothing for them. */
    public VoteType automaticTypeForPeers() {
        return switch (voteType) {
            case YES -> VoteType.NO;
            case NEUTRAL -> VoteType.NEUTRAL;
            case NO -> null;
        };
    }

    public List<Long> automaticCandidates() {
        return automaticTypeForPeers() == null ? List.of() : groupPeers;
    }
}
