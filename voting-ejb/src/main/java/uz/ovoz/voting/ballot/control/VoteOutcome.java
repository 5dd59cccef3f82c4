package uz.ovoz.voting.ballot.control;

import java.util.List;
import uz.ovoz.voting.ballot.entity.VoteType;

/** What became of a queued vote once its batch was committed (or could not be). */
public sealed interface VoteOutcome {

    VoteRequest request();

    /** Stored; {@code automatic} lists the group peers that got an automatic vote with it. */
    record Stored(VoteRequest request, List<Long> automatic) implements VoteOutcome {}

    /**
     * Not stored: this device (or ballot code, or address) had already voted for the candidate, or
     * had already said yes to another candidate of its group. {@code recorded} is what this device
     * or code has on record for the candidate, when it has a vote there.
     */
    record Duplicate(VoteRequest request, VoteType recorded) implements VoteOutcome {}

    /**
     * Not stored: when it was written, the event no longer took it (stopped, moved on, time over, or
     * its votes were cleared since the vote was checked). {@code reason} is the refusal's code.
     */
    record Refused(VoteRequest request, String reason, String message) implements VoteOutcome {}

    /** Not stored: the database refused or failed; the voter may try again. */
    record Failed(VoteRequest request, String reason) implements VoteOutcome {}
}
