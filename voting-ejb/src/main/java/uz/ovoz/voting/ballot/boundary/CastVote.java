package uz.ovoz.voting.ballot.boundary;

/**
 * A voter's {@code cast_vote} as received: fields are still unchecked text, except that the parser
 * has already made sure each has the right JSON type.
 */
public record CastVote(String voteType, String nonce, String deviceId, Long candidateId, String ballotCode) {}
