package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import uz.ovoz.platform.batch.Intake;
import uz.ovoz.voting.ballot.control.VoteFlusher;
import uz.ovoz.voting.ballot.control.VoteOutcome;
import uz.ovoz.voting.ballot.control.VoteRequest;
import uz.ovoz.voting.ballot.entity.BallotCode;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * Checks a vote against the event's in-memory snapshot (no database query per vote) and queues it.
 * The returned future completes when the vote's batch has been committed.
 */
@ApplicationScoped
public class Ballots {

    static final int NONCE_LENGTH = Vote.NONCE_LENGTH;

    @EJB
    VoteFlusher flusher;

    private final Intake<VoteRequest, VoteOutcome> intake = Intake.heldFrom(() -> flusher.intake());

    /**
     * @param ballotCode the code this session redeemed, if any
     * @throws Refusal with the message for the voter when the vote cannot be accepted
     */
    public CompletableFuture<VoteOutcome> cast(EventSnapshot event, CastVote vote, String ip, String ballotCode) {
        Instant receivedAt = Instant.now();
        VoteType type = voteType(vote.voteType());
        String device = required(vote.deviceId(), "device_id", Vote.DEVICE_ID_LENGTH);
        String nonce = optional(vote.nonce(), "nonce", NONCE_LENGTH);
        long candidateId = vote.candidateId() != null
                ? vote.candidateId()
                : event.current().map(EventSnapshot.Entry::candidateId).orElse(-1L);
        event.votingWindow().shut(candidateId, receivedAt).ifPresent(shut -> {
            throw new Refusal(shut.reason(), shut.message());
        });
        if (event.oneVotePerIp() && (ip == null || ip.isBlank())) {
            // without the address the rule would be off for this vote, silently
            throw new Refusal(
                    "no_address",
                    "This event counts one vote per address and the server cannot tell"
                            + " this connection's address; please reconnect");
        }
        String code = event.requiresCodes() ? requiredCode(ballotCode, vote.ballotCode()) : null;
        return intake.submit(new VoteRequest(
                event.eventId(),
                candidateId,
                type,
                device,
                ip,
                nonce,
                code,
                event.oneVotePerIp(),
                event.voteRound(),
                receivedAt));
    }

    private static String requiredCode(String redeemed, String sent) {
        if (redeemed == null) {
            throw new Refusal(
                    "code_required",
                    sent == null
                            ? "This event requires a ballot code: enter your code first"
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
        return optional(value, field, maxLength);
    }

    /**
     * Checks a text a voter sent for a column: its length, and no control character. PostgreSQL
     * refuses U+0000 in text, which would fail the whole batch the vote is written in.
     */
    static String optional(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new Refusal(field + " is longer than " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(field + " must not contain control characters");
        }
        return value;
    }

    static String code(String value) {
        return required(value, "code", BallotCode.CODE_LENGTH).trim().toUpperCase();
    }
}
