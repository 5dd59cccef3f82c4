package uz.ovoz.voting.ballot.control;

import java.util.List;

/** What became of a queued vote once its batch was committed (or could not be). */
public sealed interface VoteOutcome {

    /** Stored; {@code automatic} lists the group peers that got an automatic vote with it. */
    record Stored(VoteRequest request, List<Long> automatic) implements VoteOutcome {
    }

    /** Not stored: this device (or ballot code, or address) had already voted for the candidate. */
    record Duplicate(VoteRequest request) implements VoteOutcome {
    }

    /** Not stored: the database refused or failed; the voter may try again. */
    record Failed(VoteRequest request, String reason) implements VoteOutcome {
    }
}
