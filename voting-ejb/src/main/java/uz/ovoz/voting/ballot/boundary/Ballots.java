package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import uz.ovoz.voting.ballot.control.VoteFlusher;
import uz.ovoz.voting.ballot.control.VoteOutcome;
import uz.ovoz.voting.ballot.control.VoteRequest;
import uz.ovoz.voting.ballot.entity.BallotCode;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.entity.EventStatus;
import uz.ovoz.voting.live.control.EventSnapshot;

/**
 * Checks a vote against the event's in-memory snapshot (no database query per vote) and queues it.
 * The returned future completes when the vote's batch has been committed.
 */
@ApplicationScoped
public class Ballots {

    static final int NONCE_LENGTH = Vote.NONCE_LENGTH;

    @EJB
    VoteFlusher flusher;

    /**
     * @param ballotCode the code this session redeemed, if any
     * @throws Refusal with the message for the voter when the vote cannot be accepted
     */
    public CompletableFuture<VoteOutcome> cast(EventSnapshot event, CastVote vote, String ip, String ballotCode) {
        VoteType type = voteType(vote.voteType());
        String device = required(vote.deviceId(), "device_id", Vote.DEVICE_ID_LENGTH);
        if (vote.nonce() != null && vote.nonce().length() > NONCE_LENGTH) {
            throw new Refusal("nonce is longer than " + NONCE_LENGTH + " characters");
        }
        if (event.status() == EventStatus.PENDING) {
            throw new Refusal("not_started", "Voting has not started");
        }
        if (event.status() != EventStatus.ACTIVE) {
            throw new Refusal("finished", "The event has finished");
        }
        EventSnapshot.Entry current = event.current().orElseThrow(() -> new Refusal("no_candidate", "There is no current candidate"));
        long candidateId = vote.candidateId() == null ? current.candidateId() : vote.candidateId();
        if (event.entry(candidateId).isEmpty()) {
            throw new Refusal("not_in_event", "Candidate " + candidateId + " is not in this event");
        }
        if (!event.isOpenFor(candidateId)) {
            throw new Refusal("not_open", "Voting is not open for candidate " + candidateId);
        }
        checkTimer(event);
        String code = event.requiresCodes() ? requiredCode(ballotCode, vote.ballotCode()) : null;
        return flusher.submit(new VoteRequest(event.eventId(), candidateId, type, device, ip, vote.nonce(), code,
                event.oneVotePerIp(), event.groupPeers(candidateId).stream().map(EventSnapshot.Entry::candidateId).toList()));
    }

    private static void checkTimer(EventSnapshot event) {
        Instant now = Instant.now();
        if (event.timerEndsAt() == null) {
            throw new Refusal("timer_not_started", "Voting for this candidate has not started yet");
        }
        if (!event.timerRunning(now)) {
            throw new Refusal("time_over", "Voting time is over");
        }
    }

    private static String requiredCode(String redeemed, String sent) {
        if (redeemed == null) {
            throw new Refusal("code_required", sent == null ? "This event requires a ballot code: enter your code first"
                    : "Enter your ballot code with enter_code before voting");
        }
        return redeemed;
    }

    static VoteType voteType(String value) {
        if (value == null) {
            throw new Refusal("Missing field: vote_type");
        }
        return VoteType.fromWire(value)
                .orElseThrow(() -> new Refusal("Invalid vote_type '" + value + "': use yes, no or neutral"));
    }

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new Refusal("Missing field: " + field);
        }
        if (value.length() > maxLength) {
            throw new Refusal(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    static String code(String value) {
        return required(value, "code", BallotCode.CODE_LENGTH).trim().toUpperCase();
    }
}
